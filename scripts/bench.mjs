// `npm run bench`: prints, as numbers, the time to deal cards and compute the speed-date rotation
// for 10, 100 and 1,000 participants, and the presenter timer's error after 2 and after 10
// minutes in a background tab of Chromium (real time, side by side: about 10.5 minutes), with a
// line per measurement on the budget (≤ 50 ms); and the live room under load (300 phones in 10
// rooms, scripts/bench/room-load.mjs: share → facilitator's decrypted note, server memory).
// Reported, never asserted. `-- --domain-only` skips the browser part (the room load needs no
// browser and still runs); `-- --room-only` runs the room load alone. Builds what it needs into
// .cache/bench/ (the app into KORTSTOKK_OUT_DIR when set, e.g. dist-bench, so parallel builds do
// not collide).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { startAppServer } from './app-server.mjs';
import { benchBackgroundTimer } from '../tests/bench/background-timer.mjs';
import { roomLoadPart } from './bench/room-load.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/bench');
const APP_DIR = resolve(ROOT, process.env.KORTSTOKK_OUT_DIR ?? join(OUT, 'app'));
const fmt = (ms) => (ms === null ? '—' : ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const signed = (ms) => (ms === null ? 'never seen' : `${ms >= 0 ? '+' : ''}${ms} ms`);

/** Every built-in card, as `deck/card` refs (what a session deals from). */
function builtInCardRefs() {
  const dir = join(ROOT, 'cards');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .flatMap((f) => {
      const deck = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return deck.cards.map((card) => `${deck.id}/${card.id}`);
    });
}

async function domainPart() {
  // The domain is TypeScript: Vite bundles it for Node (no app config, no plugins).
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: 'tests/bench/domain-bench.ts',
      outDir: join(OUT, 'domain'),
      emptyOutDir: true,
      minify: false,
    },
  });
  const file = readdirSync(join(OUT, 'domain')).find((f) => /^domain-bench\.m?js$/.test(f));
  const { runDomainBench, ROTATION_CAP } = await import(pathToFileURL(join(OUT, 'domain', file)).href);
  const cards = builtInCardRefs();
  console.log(`\nDomain (median of repeated runs in Node; ${cards.length} built-in cards, seeded)`);
  for (const row of runDomainBench(cards, () => performance.now())) {
    const value = row.medianMs === null ? row.note : `${fmt(row.medianMs)} ms  (${row.runs} runs)`;
    console.log(`  ${row.what.padEnd(48)} ${String(row.people).padStart(5)} people  ${value}`);
  }
  console.log(
    `  Note: the rotation domain caps a group at ${ROTATION_CAP} people (MAX_PEOPLE), so rotation and\n` +
      `  rotationTable are measured up to ${ROTATION_CAP}; 1,000 is refused by design. circleSchedule, the\n` +
      `  circle method the rotation is built on, has no cap and is measured for 1,000.`,
  );
}

const BUDGET_MS = 50; // issue 7: timer error ≤ 50 ms after 10 minutes in a background tab
const MINUTES = [2, 10];

/** The worst of the timer's moments in one tab, and whether it keeps the budget. */
function verdict(t) {
  const moments = [
    ['one minute left', t.oneMinuteLateMs, t.totalMs > 60_000],
    ['«Tiden er ute» shown', t.endLateMs, true],
    ['chime', t.chimeLateMs, true],
  ].filter(([, , expected]) => expected);
  const missing = moments.filter(([, ms]) => ms === null).map(([what]) => what);
  if (missing.length > 0) return `missed — never seen: ${missing.join(', ')}`;
  const [what, worst] = moments.reduce((a, b) => (Math.abs(b[1]) > Math.abs(a[1]) ? b : a));
  const kept = Math.abs(worst) <= BUDGET_MS;
  return `${kept ? 'met' : 'MISSED'} — worst ${signed(worst)} (${what}), budget ≤ ${BUDGET_MS} ms`;
}

async function timerPart() {
  const executable = findChromium();
  if (!executable) {
    console.log('\nTimer: skipped — no Chromium found (install `chromium` or set CHROMIUM_PATH).');
    return;
  }
  console.log(`\nBuilding the app for the timer measurement into ${relative(ROOT, APP_DIR)} …`);
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, KORTSTOKK_OUT_DIR: APP_DIR },
  });
  const server = await startAppServer({ root: APP_DIR, port: 0 });
  const origin = `http://127.0.0.1:${server.port}`;
  const version = execFileSync(executable, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const extended = MINUTES.filter((m) => m > 2).map((m) => `${m} minutes = the step + ${m - 2} × «+»`);
  console.log(
    `Timer: the presenter's «stille stund» step of seed 004 (2 minutes), real time, ${version} headless.\n` +
      `  ${MINUTES.join(' and ')} minutes measured side by side, each in a browser of its own: a background tab\n` +
      `  (hidden behind a blank tab from the start) and a front window as reference. ${extended.join('; ')}\n` +
      `  (the presenter's «+1 min» key, pressed before the start as a facilitator lengthening the step\n` +
      `  would). Times are from the true moment (stored start + duration). About ${Math.max(...MINUTES) + 0.5} min …`,
  );
  const load = () => loadavg()[0].toFixed(1);
  const loadBefore = load();
  try {
    const results = await Promise.allSettled(
      MINUTES.map((minutes) => benchBackgroundTimer({ origin, executable, flags: CHROMIUM_FLAGS, minutes })),
    );
    console.log(`  machine load (1-min average): ${loadBefore} at the start, ${load()} at the end`);
    const tab = (label, t, wake) => {
      const said = t.totalMs > 60_000 ? `one minute left said ${signed(t.oneMinuteLateMs)}, ` : '';
      console.log(
        `    ${label} (page ${t.visibility}): ${said}«Tiden er ute» shown ${signed(t.endLateMs)}, ` +
          `chime ${signed(t.chimeLateMs)} after the true time` +
          (wake ? `\n      (the worker's wake-up message for the end came ${signed(t.wakeLateMs)})` : ''),
      );
      console.log(
        `      ring redrawn every ${t.medianRedrawGapMs ?? '—'} ms (median); shown − true remaining ` +
          `${signed(t.shownErrorBefore)} 5 s before the end, ${signed(t.shownErrorAtEnd)} at the end ` +
          `(status ${t.statusAtEnd})`,
      );
    };
    results.forEach((result, i) => {
      const minutes = MINUTES[i];
      const how = minutes > 2 ? ` (2-minute step + ${minutes - 2} × «+1 min»)` : ' (the step as it is)';
      console.log(`\n  ${minutes}-minute timer${how}:`);
      if (result.status === 'rejected') {
        console.log(`    failed: ${result.reason?.message ?? result.reason}`);
        return;
      }
      const r = result.value;
      console.log(`    key press → stored start: ${signed(r.startLagMs)}`);
      tab('background tab', r.back, true);
      tab('front window, reference', r.front, false);
      console.log(`    budget, background tab after ${minutes} min: ${verdict(r.back)}`);
    });
  } finally {
    await server.close();
  }
}

console.log(
  `Kortstokk bench — Node ${process.version}, ${process.platform} ${process.arch}, ` +
    `${availableParallelism()} × ${cpus()[0]?.model ?? 'CPU'}. Numbers are reported, not asserted.`,
);
const roomOnly = process.argv.includes('--room-only');
if (!roomOnly) await domainPart();
await roomLoadPart({ root: ROOT, outDir: OUT }).catch((error) =>
  console.log(`\nLive room load: failed — ${error?.message ?? error}`),
);
if (!roomOnly && !process.argv.includes('--domain-only')) await timerPart();
