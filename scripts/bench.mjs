// `npm run bench`: prints, as numbers, the time to deal cards and compute the speed-date rotation
// for 10, 100 and 1,000 participants, and the presenter timer's error after two minutes in a
// background tab of Chromium (real time, about 2.5 minutes). Reported, never asserted.
// `-- --domain-only` skips the browser part. Builds what it needs into .cache/bench/.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';
import { benchBackgroundTimer } from '../tests/bench/background-timer.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/bench');
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

async function timerPart() {
  const executable = findChromium();
  if (!executable) {
    console.log('\nTimer: skipped — no Chromium found (install `chromium` or set CHROMIUM_PATH).');
    return;
  }
  const dist = join(OUT, 'app');
  console.log('\nBuilding the app for the timer measurement …');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, KORTSTOKK_OUT_DIR: dist },
  });
  const server = await startServer({ dir: dist, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const version = execFileSync(executable, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  console.log(`Timer: 2-minute «stille stund» of seed 004, real time, ${version} headless (about 2.5 min) …`);
  try {
    const r = await benchBackgroundTimer({ origin, executable, flags: CHROMIUM_FLAGS });
    const line = (label, t) =>
      console.log(
        `  ${label.padEnd(22)} shown − true remaining: ${signed(t.shownErrorAt115)} at 1:55, ` +
          `${signed(t.shownErrorAt120)} at 2:00 (status ${t.statusAt120}); ` +
          `«Tiden er ute» shown ${signed(t.endLateMs)} and chime ${signed(t.chimeLateMs)} after the true end; ` +
          `redrawn every ${t.medianRedrawGapMs ?? '—'} ms (median); page ${t.visibility}`,
      );
    console.log(`  key press → stored start: ${signed(r.startLagMs)}`);
    line('background tab:', r.back);
    line('front window (ref.):', r.front);
  } finally {
    server.close();
  }
}

console.log(
  `Kortstokk bench — Node ${process.version}, ${process.platform} ${process.arch}, ` +
    `${availableParallelism()} × ${cpus()[0]?.model ?? 'CPU'}. Numbers are reported, not asserted.`,
);
await domainPart();
if (!process.argv.includes('--domain-only')) await timerPart();
