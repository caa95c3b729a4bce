import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { drainErrorListener, installErrorListener, type Engine } from './engine.ts';
import { freePort, requireProgram, startProcess, stopProcess, until } from './processes.ts';

// WebKit as Safari's engine, from Debian: WebKitGTK's MiniBrowser driven by WebKitWebDriver
// (package webkit2gtk-driver) on an X display of its own (package xvfb). The suite starts Xvfb
// and the driver on free ports/displays and ends both, also when a test fails.

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Starts Xvfb on a display it picks itself (-displayfd); resolves to the display number. */
async function startXvfb() {
  const xvfb = startProcess(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    extraFds: 1,
  });
  const display = await until(
    () =>
      new Promise<string>((done, fail) => {
        const fd = xvfb.stdio[3];
        if (!fd) return fail(new Error('Xvfb has no display pipe'));
        fd.once('data', (data: Buffer) => done(data.toString().trim()));
        xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
      }),
    'Xvfb to report its display',
    15_000,
  );
  return { xvfb, display: `:${display}` };
}

export async function launchWebKit(size: { width: number; height: number }): Promise<Engine> {
  requireProgram(DRIVER, 'webkit2gtk-driver');
  requireProgram(MINIBROWSER, 'webkit2gtk-driver');
  requireProgram(XVFB, 'xvfb');
  const home = mkdtempSync(join(tmpdir(), 'kortstokk-webkit-'));
  const downloads = join(home, 'Downloads');
  mkdirSync(downloads);
  // WebKitGTK saves a download in the user's XDG download folder, which GLib reads from here.
  mkdirSync(join(home, '.config'));
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const { xvfb, display } = await startXvfb();
  const port = await freePort();
  // A fresh HOME: a profile of its own (no data from earlier runs) and its downloads folder.
  // navigator.language is the C library's locale here («C» without nb_NO generated): the app
  // then shows its default language, bokmål, as the journeys expect.
  const driver = startProcess(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: {
      ...process.env,
      DISPLAY: display,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
    },
  });
  const stopAll = async () => {
    await stopProcess(driver);
    await stopProcess(xvfb);
    if (!process.env.KEEP) rmSync(home, { recursive: true, force: true });
  };
  try {
    await until(
      () => fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok),
      'WebKitWebDriver to listen',
      15_000,
    );
    const browser = await until(
      () =>
        remote({
          hostname: '127.0.0.1',
          port,
          // Quiet: WebdriverIO logs a click it retries (an overlay in the way) as an error.
          logLevel: 'silent',
          connectionRetryCount: 0,
          capabilities: {
            browserName: 'MiniBrowser',
            // WebKitWebDriver speaks classic WebDriver only: WebdriverIO must not ask for BiDi.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          } as WebdriverIO.Capabilities,
        }),
      'a WebKitWebDriver session',
      30_000,
      500,
    );
    await browser.setWindowSize(size.width, size.height);
    const version = `MiniBrowser (WebKitGTK) ${browser.capabilities.browserVersion ?? '?'}`;
    const errors: string[] = [];
    const harvest = async () => {
      errors.push(...(await browser.execute(drainErrorListener).catch(() => [] as string[])));
    };
    const install = () => browser.execute(installErrorListener);
    const engine: Engine = {
      name: 'webkit',
      version,
      downloads,
      viewport: () => browser.execute(() => ({ width: window.innerWidth, height: window.innerHeight })),
      async goto(url) {
        await harvest();
        await browser.url(url);
        await install();
      },
      async reload() {
        await harvest();
        await browser.refresh();
        await install();
      },
      run: (fn, ...args) => browser.execute(fn as never, ...(args as unknown as never[])) as never,
      runSource: (source) => browser.execute(source),
      click: (selector) => browser.$(selector).click(),
      type: (selector, text) => browser.$(selector).addValue(text),
      select: (selector, value) => browser.$(selector).selectByAttribute('value', value),
      upload: (selector, path) => browser.$(selector).addValue(path),
      async takeErrors() {
        await harvest();
        return errors.splice(0);
      },
      screenshot: async (path) => {
        await browser.saveScreenshot(path);
      },
      async close() {
        await browser.deleteSession().catch(() => undefined);
        await stopAll();
      },
    };
    return engine;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
