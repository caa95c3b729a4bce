// Runs Lighthouse (mobile preset) on the built app and on a plain static HTML card, in the same
// run, so their figures can be compared directly. `npm run lighthouse [-- --runs 3 --devtools]`.
// Uses Debian's Chromium (scripts/find-chromium.mjs); never downloads a browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { navigation } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { startAppServer } from './app-server.mjs';

const APP_PORT = 4301;
const PLAIN_PORT = 4302;
const app = (hash = '') => `http://localhost:${APP_PORT}/${hash}`;

/** The plain static HTML card every screen is compared with. */
export const PLAIN = 'plain HTML card';

/** The screens measured by default (label → URL); `--all` adds the journeys' screens. */
export const PAGES = { 'home (app)': app(), [PLAIN]: `http://localhost:${PLAIN_PORT}/plain-card.html` };

/** The built-in «Nærvær» deck's version: the hand's link must name it, or the phone shows a mismatch. */
const NAERVAER_VERSION = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')).version;

/** Every screen the performance report covers. */
export const ALL_PAGES = {
  'home (app)': app(),
  'solo: choose and draw': app('#/solo'),
  'presenter (seed-004 template)': app('#/present?template=verksted-ledelse'),
  'phone: hand (seat in link)': app(`#/join?v=1&s=42&d=naervaer.${NAERVAER_VERSION}&n=8&k=4&h=3`),
  'decks: draw': app('#/decks?view=draw'),
  [PLAIN]: `http://localhost:${PLAIN_PORT}/plain-card.html`,
};

// Measured as the app's main user: a browser set to Norwegian bokmål (the default language).
const FLAGS = ['--headless', '--lang=nb-NO', '--accept-lang=nb-NO,nb,no', ...CHROMIUM_FLAGS];

async function measure(url, throttlingMethod) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kortstokk-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
    // Headless Chromium takes navigator.languages from the environment, not from --lang.
    envVars: { ...process.env, LANGUAGE: 'nb_NO:nb', LANG: 'nb_NO.UTF-8' },
  });
  try {
    // Lighthouse runs on a page of the launched browser's own (default) context: a context it
    // creates itself does not get the browser's language (the page would be in English).
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    const result = await navigation(page, url, {
      config: {
        extends: 'lighthouse:default',
        settings: {
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          formFactor: 'mobile',
          throttlingMethod,
        },
      },
    });
    await browser.disconnect();
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
export async function runLighthouse(
  pages = PAGES,
  { runs = 1, throttlingMethod = 'simulate', dist = 'dist' } = {},
) {
  const servers = [
    await startAppServer({ root: dist, port: APP_PORT }),
    await startAppServer({ root: 'scripts/lighthouse', port: PLAIN_PORT }),
  ];
  try {
    const out = {};
    for (const [label, url] of Object.entries(pages)) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await measure(url, throttlingMethod));
      out[label] = Object.fromEntries(
        Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]),
      );
    }
    return out;
  } finally {
    for (const s of servers) await s.close();
  }
}

/** Formats results as a table, each LCP next to the plain page's. */
export function lighthouseTable(results) {
  const plain = results[PLAIN];
  const rows = [
    '| screen | performance | accessibility | best practices | LCP (ms) | LCP ÷ plain |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [label, r] of Object.entries(results)) {
    rows.push(
      `| ${label} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.lcpMs} | ${(r.lcpMs / plain.lcpMs).toFixed(2)} |`,
    );
  }
  return rows.join('\n');
}

if (process.argv[1]?.endsWith('lighthouse.mjs')) {
  const argv = process.argv.slice(2);
  const runs = Number(argv[argv.indexOf('--runs') + 1]) || 1;
  const throttlingMethod = argv.includes('--devtools') ? 'devtools' : 'simulate';
  console.log(`Lighthouse, mobile preset, ${throttlingMethod} throttling, median of ${runs} run(s):`);
  const results = await runLighthouse(argv.includes('--all') ? ALL_PAGES : PAGES, { runs, throttlingMethod });
  console.log(lighthouseTable(results));
  console.log('Targets: performance 100, accessibility 100, LCP ≤ 1.5 × the plain page.');
}
