// How far off is the presenter's timer after N minutes in a BACKGROUND tab? Real time, real
// Chromium: the built app presents the 2-minute «stille stund» of seed 004 in one tab (for more
// than 2 minutes, «+» — the presenter's «+1 min» key — is pressed before the start, as a
// facilitator lengthening the step would), the tab is sent behind another tab of the same
// window (hidden, timers throttled), and what it shows, says and chimes is read against the
// truth. A second copy in its own window stays in front as the reference. Numbers are reported
// by scripts/bench.mjs, never asserted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOverPipe, openTab, sleep } from './cdp-pipe.mjs';

const RUN = 'present/?template=verksted-ledelse';
const RING = 2 * Math.PI * 45; // TimerRing's circumference (r = 45)
const STEP_MINUTES = 2; // the silent step's own duration
const MIN = 60_000;

// Records, inside the page, when the stage first shows the end, when the ring was redrawn, and
// when the timer's polite live region changed (start, one minute left, end).
const WATCH = `(() => {
  const bench = (window.__bench = { endShownAt: null, redraws: [], said: [] });
  new MutationObserver(() => {
    const stage = document.querySelector('.stage');
    if (bench.endShownAt === null && stage?.dataset.status === 'finished') bench.endShownAt = Date.now();
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
  const fill = document.querySelector('.timer-ring-fill');
  new MutationObserver(() => bench.redraws.push(Date.now())).observe(fill, { attributes: true });
  const live = document.querySelector('.stage [role="status"]');
  new MutationObserver(() => bench.said.push({ at: Date.now(), text: live.textContent })).observe(live, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return true;
})()`;

// Notes when the app asks Web Audio for its chime (three oscillators per chime), and when a
// message from a worker (the timer's wake-up) reaches the page.
const SPIES = `(() => {
  window.__chimes = [];
  window.__wakes = [];
  const PageWorker = window.Worker;
  if (PageWorker) {
    window.Worker = class extends PageWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', () => window.__wakes.push(Date.now()));
      }
    };
  }
  const Ctx = window.AudioContext;
  if (!Ctx) return;
  const create = Ctx.prototype.createOscillator;
  Ctx.prototype.createOscillator = function () {
    window.__chimes.push(Date.now());
    return create.call(this);
  };
})()`;

const STORED = `(() => {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('kortstokk-presenter-timer:'));
  return key ? JSON.parse(sessionStorage.getItem(key)) : null;
})()`;

// What the screen shows right now: the ring's drawn share as remaining ms, and the status.
const SHOWN = `(() => {
  const fill = document.querySelector('.timer-ring-fill');
  return {
    now: Date.now(),
    share: parseFloat(fill.style.strokeDashoffset) / ${RING},
    status: document.querySelector('.stage').dataset.status,
    visibility: document.visibilityState,
  };
})()`;

const clockShows = (minutes) =>
  `document.querySelector('.stage [role="timer"]')?.textContent.includes('${String(minutes).padStart(2, '0')}:00') === true`;

const STAGE_TEXT = "document.querySelector('.stage')?.textContent ?? ''";

/**
 * Presses a key and waits until `what` (an expression) reads differently: a key pressed in the
 * moment before the presenter listens for keys is lost, so it is pressed again (up to 5 times).
 */
async function pressUntilChanged(tab, key, what) {
  const before = await tab.evaluate(what);
  for (let i = 0; i < 5; i += 1) {
    await tab.press(key);
    const changed = await tab.waitFor(`(${what}) !== ${JSON.stringify(before)}`, 1_000).then(
      () => true,
      () => false,
    );
    if (changed) return;
  }
  throw new Error(`the key ${key} changed nothing`);
}

async function presentSilentStep(tab, minutes) {
  await tab.waitFor("document.querySelector('.stage') !== null");
  // Four speed-date rounds, then the 2-minute silent step (a calm stage).
  for (let i = 0; i < 4; i += 1) await pressUntilChanged(tab, 'PageDown', STAGE_TEXT);
  await tab.waitFor("document.querySelector('.stage')?.dataset.calm === 'true'");
  await tab.waitFor(clockShows(STEP_MINUTES));
  const clock = "document.querySelector('.stage [role=\"timer\"]')?.textContent ?? ''";
  for (let i = STEP_MINUTES; i < minutes; i += 1) await pressUntilChanged(tab, '+', clock);
  await tab.waitFor(clockShows(minutes));
  await tab.evaluate(WATCH);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

function readings(stored, before, atEnd, { bench, chimes, wakes }, hiddenAt) {
  const total = stored.durationMs + stored.extendedMs;
  const end = stored.startedAt + total;
  const shownMinusTrue = (s) => Math.round(s.share * total - Math.max(0, end - s.now));
  const redraws = bench.redraws.filter((t) => t > hiddenAt);
  const gaps = redraws.slice(1).map((t, i) => t - redraws[i]);
  // The worker's message for the end: how much of the lateness is the wake-up itself.
  const wake = wakes?.find((at) => at >= end - 1000);
  // The live region's change nearest after «one minute left» (the start was long before).
  const oneMinute = bench.said.find((s) => s.text && s.at >= end - MIN - 2000 && s.at < end - MIN / 2);
  return {
    totalMs: total,
    shownErrorBefore: shownMinusTrue(before),
    shownErrorAtEnd: shownMinusTrue(atEnd),
    statusAtEnd: atEnd.status,
    visibility: before.visibility,
    oneMinuteLateMs: total > MIN && oneMinute ? oneMinute.at - (end - MIN) : null,
    endLateMs: bench.endShownAt === null ? null : bench.endShownAt - end,
    chimeLateMs: chimes?.length ? chimes[0] - end : null,
    wakeLateMs: wake === undefined ? null : wake - end,
    medianRedrawGapMs: median(gaps),
  };
}

/**
 * Runs one measurement of `minutes` (2 = the step as it is; more = «+1 min» pressed before the
 * start) in a browser of its own; resolves to the numbers for the background and front tabs.
 */
export async function benchBackgroundTimer({ origin, executable, flags, minutes = STEP_MINUTES }) {
  if (!Number.isInteger(minutes) || minutes < STEP_MINUTES || minutes > 99) {
    throw new RangeError(`minutes must be an integer in ${STEP_MINUTES}..99`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'kortstokk-bench-'));
  const cdp = launchOverPipe(executable, [
    ...flags,
    '--headless',
    `--user-data-dir=${profile}`,
    '--window-size=1280,800',
    'about:blank',
  ]);
  try {
    const url = `${origin}/${RUN}`;
    // Window 1 holds the tab that goes to the background (behind the first, blank tab); the
    // reference gets a window of its own and stays in front.
    const back = await openTab(cdp, url, { initScript: SPIES });
    const front = await openTab(cdp, url, { newWindow: true, initScript: SPIES });
    await presentSilentStep(back, minutes);
    await presentSilentStep(front, minutes);
    const pressedAt = Date.now();
    await back.press(' ');
    await front.press(' ');
    const { targetInfos } = await cdp.send('Target.getTargets');
    const blank = targetInfos.find((t) => t.type === 'page' && t.url === 'about:blank');
    if (!blank) throw new Error('no blank tab to put in front');
    await cdp.send('Target.activateTarget', { targetId: blank.targetId });
    const hiddenAt = Date.now();
    const stored = { back: await back.evaluate(STORED), front: await front.evaluate(STORED) };
    if (!stored.back?.startedAt || !stored.front?.startedAt) throw new Error('the timer did not start');
    for (const s of [stored.back, stored.front]) {
      if (s.durationMs + s.extendedMs !== minutes * MIN) throw new Error(`not a ${minutes}-minute timer`);
    }
    const end = stored.back.startedAt + minutes * MIN;
    await sleep(end - 5000 - Date.now());
    const before = { back: await back.evaluate(SHOWN), front: await front.evaluate(SHOWN) };
    await sleep(end - Date.now());
    const atEnd = { back: await back.evaluate(SHOWN), front: await front.evaluate(SHOWN) };
    await sleep(end + 5000 - Date.now());
    const read = (tab) =>
      tab.evaluate('({ bench: window.__bench, chimes: window.__chimes, wakes: window.__wakes })');
    const seen = { back: await read(back), front: await read(front) };
    return {
      minutes,
      startLagMs: stored.back.startedAt - pressedAt,
      back: readings(stored.back, before.back, atEnd.back, seen.back, hiddenAt),
      front: readings(stored.front, before.front, atEnd.front, seen.front, hiddenAt),
    };
  } finally {
    await cdp.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  }
}
