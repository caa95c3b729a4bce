// Runs Lighthouse (mobile preset) on the built app and on a plain static HTML card, in the same
// run, so their figures can be compared directly. `npm run lighthouse [-- --runs 3 --devtools]`.
// Uses Debian's Chromium (scripts/find-chromium.mjs); never downloads a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 1;
const throttlingMethod = argv.includes('--devtools') ? 'devtools' : 'simulate';
const APP_PORT = 4301;
const PLAIN_PORT = 4302;

/** The pages measured: label → URL. More screens are added as the journeys are built. */
export const PAGES = {
  'home (app)': `http://localhost:${APP_PORT}/`,
  'plain HTML card': `http://localhost:${PLAIN_PORT}/plain-card.html`,
};

// Measured as the app's main user: a browser set to Norwegian bokmål (the default language).
const FLAGS = ['--headless', '--lang=nb-NO', '--accept-lang=nb-NO,nb,no', ...CHROMIUM_FLAGS];

async function measure(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kortstokk-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
    // Headless Chromium takes navigator.languages from the environment, not from --lang.
    envVars: { ...process.env, LANGUAGE: 'nb_NO:nb', LANG: 'nb_NO.UTF-8' },
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile',
      throttlingMethod,
    });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures every page `runs` times and returns the median of each figure. */
export async function runLighthouse(pages = PAGES) {
  const servers = [
    await startServer({ dir: 'dist', port: APP_PORT }),
    await startServer({ dir: 'scripts/lighthouse', port: PLAIN_PORT }),
  ];
  try {
    const out = {};
    for (const [label, url] of Object.entries(pages)) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await measure(url));
      out[label] = Object.fromEntries(
        Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]),
      );
    }
    return out;
  } finally {
    for (const s of servers) s.close();
  }
}

if (process.argv[1]?.endsWith('lighthouse.mjs')) {
  console.log(`Lighthouse, mobile preset, ${throttlingMethod} throttling, median of ${runs} run(s):`);
  const results = await runLighthouse();
  const plain = results['plain HTML card'];
  console.log('page'.padEnd(22), 'perf', ' a11y', ' best', '   LCP ms', ' LCP ÷ plain');
  for (const [label, r] of Object.entries(results)) {
    const ratio = (r.lcpMs / plain.lcpMs).toFixed(2);
    console.log(
      label.padEnd(22),
      String(r.performance).padStart(4),
      String(r.accessibility).padStart(5),
      String(r.bestPractices).padStart(5),
      String(r.lcpMs).padStart(9),
      ratio.padStart(12),
    );
  }
  console.log('Targets: performance 100, accessibility 100, LCP ≤ 1.5 × the plain page.');
}
