// How far off is the presenter's timer after two minutes in a BACKGROUND tab? Real time, real
// Chromium: the built app presents the 2-minute «stille stund» of seed 004 in one tab, the tab
// is sent behind another tab of the same window (hidden, timers throttled), and what it shows
// and stores is read against the truth. A second copy in its own window stays in front as the
// reference. Numbers are reported by scripts/bench.mjs, never asserted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOverPipe, openTab, sleep } from './cdp-pipe.mjs';

const RUN = '#/present?template=verksted-ledelse';
const RING = 2 * Math.PI * 45; // TimerRing's circumference (r = 45)

// Records, inside the page, when the stage first shows the end, and when the ring was redrawn.
const WATCH = `(() => {
  const bench = (window.__bench = { endShownAt: null, redraws: [] });
  new MutationObserver(() => {
    const stage = document.querySelector('.stage');
    if (bench.endShownAt === null && stage?.dataset.status === 'finished') bench.endShownAt = Date.now();
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
  const fill = document.querySelector('.timer-ring-fill');
  new MutationObserver(() => bench.redraws.push(Date.now())).observe(fill, { attributes: true });
  return true;
})()`;

// Notes when the app asks Web Audio for its chime (three oscillators per chime).
const CHIME_SPY = `(() => {
  window.__chimes = [];
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

async function presentSilentStep(tab) {
  await tab.waitFor("document.querySelector('.stage') !== null");
  // Four speed-date rounds, then the 2-minute silent step (a calm stage).
  for (let i = 0; i < 4; i += 1) await tab.press('PageDown');
  await tab.waitFor("document.querySelector('.stage')?.dataset.calm === 'true'");
  await tab.evaluate(WATCH);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

function readings(stored, at115, at120, bench, chimes, hiddenAt) {
  const total = stored.durationMs + stored.extendedMs;
  const end = stored.startedAt + total;
  const shownMinusTrue = (s) => Math.round(s.share * total - Math.max(0, end - s.now));
  const redraws = bench.redraws.filter((t) => t > hiddenAt);
  const gaps = redraws.slice(1).map((t, i) => t - redraws[i]);
  return {
    totalMs: total,
    shownErrorAt115: shownMinusTrue(at115),
    shownErrorAt120: shownMinusTrue(at120),
    statusAt120: at120.status,
    visibility: at115.visibility,
    endLateMs: bench.endShownAt === null ? null : bench.endShownAt - end,
    chimeLateMs: chimes?.length ? chimes[0] - end : null,
    medianRedrawGapMs: median(gaps),
  };
}

/** Runs the two-minute measurement; resolves to the numbers for the background and front tabs. */
export async function benchBackgroundTimer({ origin, executable, flags }) {
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
    const back = await openTab(cdp, url, { initScript: CHIME_SPY });
    const front = await openTab(cdp, url, { newWindow: true, initScript: CHIME_SPY });
    await presentSilentStep(back);
    await presentSilentStep(front);
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
    const end = stored.back.startedAt + stored.back.durationMs;
    await sleep(end - 5000 - Date.now());
    const at115 = { back: await back.evaluate(SHOWN), front: await front.evaluate(SHOWN) };
    await sleep(end - Date.now());
    const at120 = { back: await back.evaluate(SHOWN), front: await front.evaluate(SHOWN) };
    await sleep(end + 5000 - Date.now());
    const read = async (tab) => [await tab.evaluate('window.__bench'), await tab.evaluate('window.__chimes')];
    const [backBench, backChimes] = await read(back);
    const [frontBench, frontChimes] = await read(front);
    return {
      startLagMs: stored.back.startedAt - pressedAt,
      back: readings(stored.back, at115.back, at120.back, backBench, backChimes, hiddenAt),
      front: readings(stored.front, at115.front, at120.front, frontBench, frontChimes, hiddenAt),
    };
  } finally {
    await cdp.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  }
}
