// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (no WebSocket, no
// dependency). The timer bench needs it: pages driven by Playwright always count as visible
// (focus emulation, microsoft/playwright#2286), so they never become real background tabs.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';

/** Starts Chromium with a CDP pipe; returns send(method, params, sessionId) and close(). */
export function launchOverPipe(executable, args) {
  const proc = spawn(executable, [...args, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = proc.stdio[3];
  const fromBrowser = proc.stdio[4];
  const pending = new Map();
  let chunks = [];
  let nextId = 0;
  fromBrowser.on('data', (chunk) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      chunks.push(chunk.subarray(start, end));
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      chunks = [];
      start = end + 1;
      const waiting = pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
    if (start < chunk.length) chunks.push(chunk.subarray(start));
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject, method });
      toBrowser.write(
        `${JSON.stringify({ id: nextId, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  const exited = new Promise((done) => proc.once('exit', done));
  const close = async () => {
    await Promise.race([send('Browser.close').catch(() => undefined), sleep(3000)]);
    // Wait for the browser to let go of its profile before the caller removes it.
    if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) {
      proc.kill();
      await exited;
    }
  };
  return { send, close };
}

/** Resolves after ms. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

const KEYS = {
  PageDown: { code: 'PageDown', keyCode: 34 },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
  // The presenter's «+1 min» key; the keypad's plus needs no Shift on any layout.
  '+': { code: 'NumpadAdd', keyCode: 107, text: '+' },
};

/** Opens a tab (or a window) at url, after `initScript` is set up for it; returns helpers bound to it. */
export async function openTab(cdp, url, { newWindow = false, initScript = null } = {}) {
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', newWindow });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  if (initScript) await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
  await cdp.send('Page.navigate', { url }, sessionId);
  const evaluate = async (expression) => {
    const r = await cdp.send(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  const press = async (key) => {
    const { code, keyCode, text } = KEYS[key];
    const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    await cdp.send(
      'Input.dispatchKeyEvent',
      { type: 'keyDown', ...base, ...(text ? { text } : {}) },
      sessionId,
    );
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base }, sessionId);
  };
  const waitFor = async (expression, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await evaluate(expression).catch(() => false)) return;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${expression}`);
  };
  return {
    targetId,
    evaluate,
    press,
    waitFor,
    activate: () => cdp.send('Target.activateTarget', { targetId }),
  };
}
