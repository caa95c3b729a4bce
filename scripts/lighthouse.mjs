// Runs Lighthouse (mobile preset) on the built app's screens in every language and on a plain
// static HTML card, in the same run, so their figures can be compared directly.
// `npm run lighthouse [-- --runs 3 --devtools --route solo --lang nn --screenshots DIR]`.
// Uses Debian's Chromium (scripts/find-chromium.mjs); never downloads a browser.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { navigation } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { startAppServer } from './app-server.mjs';
import { LANGUAGES, SCREENS, screenUrl } from './lighthouse/screens.mjs';

/** The plain static HTML card every screen is compared with. */
export const PLAIN = 'plain HTML card';

/**
 * A browser set to each language, as a visitor's would be: its UI language, Accept-Language and,
 * because headless Chromium takes navigator.languages from the environment rather than from
 * --lang, LANGUAGE and LANG. Nothing is stored: Lighthouse clears the origin's storage, so every
 * run is a first visit and the page's boot script picks the language from the browser's list.
 */
const BROWSER_LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };

function browserLanguage(lang) {
  const locale = BROWSER_LOCALES[lang];
  if (!locale) throw new Error(`no browser locale for "${lang}"`);
  const posix = locale.replace('-', '_');
  return {
    flags: [`--lang=${locale}`, `--accept-lang=${locale},${lang}`],
    env: { LANGUAGE: `${posix}:${lang}`, LANG: `${posix}.UTF-8` },
  };
}

/** The LCP element's text as Lighthouse reports it (what was measured as painted largest). */
function lcpElement(audits) {
  const items = audits['lcp-breakdown-insight']?.details?.items ?? [];
  const node = items.find((item) => item.type === 'node');
  return node ? (node.nodeLabel ?? node.snippet ?? '') : '';
}

async function measure(url, lang, { throttlingMethod, screenshot, log }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kortstokk-lh-'));
  const { flags, env } = browserLanguage(lang);
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: ['--headless', ...flags, ...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
    envVars: { ...process.env, ...env },
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
    // Which language the page is in once measured: the one the boot script chose for the shell
    // (<html lang>), and the heading a visitor reads.
    const painted = await page.evaluate(() => ({
      lang: globalThis.document.documentElement.lang,
      h1: globalThis.document.querySelector('h1')?.textContent?.trim() ?? '',
    }));
    if (screenshot) await page.screenshot({ path: screenshot });
    await browser.disconnect();
    const { categories, audits } = result.lhr;
    // A run Lighthouse could not score (e.g. no LCP seen) gives no figure, never a 0.
    const error = result.lhr.runtimeError?.code ?? audits['largest-contentful-paint'].errorMessage;
    if (error) log(`    Lighthouse error, run left out: ${error}`);
    const score = (category) =>
      categories[category].score === null ? null : Math.round(categories[category].score * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: error ? null : Math.round(audits['largest-contentful-paint'].numericValue),
      paintedLang: painted.lang,
      h1: painted.h1,
      lcpElement: lcpElement(audits),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The median of every figure over the runs that gave one (null when none did), the texts of the
 * last run (they name the language), and how many runs gave figures.
 */
function summarise(samples) {
  const out = { runs: samples.filter((s) => s.lcpMs !== null).length };
  for (const k of Object.keys(samples[0])) {
    const values = samples.map((s) => s[k]);
    if (typeof values.at(-1) === 'string') out[k] = values.at(-1);
    else {
      const numbers = values.filter((v) => typeof v === 'number');
      out[k] = numbers.length > 0 ? median(numbers) : null;
    }
  }
  return out;
}

/**
 * Measures every screen in every language, and the plain card, `runs` times, and returns one row
 * per screen and language (the plain card's row last, in bokmål: it is a static page in bokmål)
 * with the median of each figure. Runs go in rounds (every page once, then again), so a change in
 * the machine's load during the run falls on all pages alike.
 */
export async function runLighthouse({
  runs = 1,
  throttlingMethod = 'simulate',
  dist = 'dist',
  screens = SCREENS,
  languages = LANGUAGES,
  screenshots = null,
  log = () => {},
} = {}) {
  const app = await startAppServer({ root: dist, port: 0 });
  const plain = await startAppServer({ root: 'scripts/lighthouse', port: 0 });
  try {
    const pages = [
      ...languages.flatMap((lang) =>
        screens.map((screen) => ({
          label: screen.label,
          lang,
          url: screenUrl(`http://127.0.0.1:${app.port}`, screen),
        })),
      ),
      { label: PLAIN, lang: 'nb', url: `http://127.0.0.1:${plain.port}/plain-card.html` },
    ];
    if (screenshots) mkdirSync(screenshots, { recursive: true });
    const samples = pages.map(() => []);
    for (let round = 1; round <= runs; round += 1) {
      for (const [i, p] of pages.entries()) {
        log(`  run ${round}/${runs}, ${p.label} (${p.lang})`);
        const name = `${p.label.replace(/[^a-z0-9]+/gi, '-')}-${p.lang}-${round}.png`;
        const options = {
          throttlingMethod,
          log,
          screenshot: screenshots ? join(screenshots, name) : null,
        };
        let sample = await measure(p.url, p.lang, options);
        // Lighthouse now and then fails a load on this busy machine (NO_NAVSTART): once more.
        if (sample.lcpMs === null) sample = await measure(p.url, p.lang, options);
        samples[i].push(sample);
      }
    }
    return pages.map((p, i) => ({ label: p.label, lang: p.lang, url: p.url, ...summarise(samples[i]) }));
  } finally {
    await app.close();
    await plain.close();
  }
}

/** The plain card's row of a result. */
export const plainRow = (results) => results.find((r) => r.label === PLAIN);

/** Formats results as a table with a language column, each LCP next to the plain card's. */
export function lighthouseTable(results) {
  const plain = plainRow(results);
  const rows = [
    '| screen | language | painted in | performance | accessibility | best practices | LCP (ms) | LCP ÷ plain |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const painted = r.paintedLang === r.lang ? r.paintedLang : `**${r.paintedLang || 'none'}**`;
    const figure = (value) => (value === null ? '**error**' : value);
    const ratio = r.lcpMs === null || !plain.lcpMs ? '**error**' : (r.lcpMs / plain.lcpMs).toFixed(2);
    rows.push(
      `| ${r.label} | ${r.lang} | ${painted} | ${figure(r.performance)} | ${figure(r.accessibility)} | ${figure(r.bestPractices)} | ${figure(r.lcpMs)} | ${ratio} |`,
    );
  }
  return rows.join('\n');
}

/** What each measured page showed: its heading and Lighthouse's LCP element, per language. */
export function paintedTable(results) {
  const cell = (text) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\|/g, '\\|');
  return [
    '| screen | language | <html lang> | h1 | LCP element |',
    '|---|---|---|---|---|',
    ...results.map(
      (r) => `| ${r.label} | ${r.lang} | ${r.paintedLang} | ${cell(r.h1)} | ${cell(r.lcpElement)} |`,
    ),
  ].join('\n');
}

if (process.argv[1]?.endsWith('lighthouse.mjs')) {
  const argv = process.argv.slice(2);
  const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const runs = Number(option('--runs')) || 1;
  const throttlingMethod = argv.includes('--devtools') ? 'devtools' : 'simulate';
  console.log(`Lighthouse, mobile preset, ${throttlingMethod} throttling, median of ${runs} run(s):`);
  // --route ID and --lang L (each repeatable) measure fewer pages, e.g. while working on one screen.
  const every = (name) => argv.flatMap((a, i) => (argv[i - 1] === name ? [a] : []));
  const routes = every('--route');
  const langs = every('--lang');
  const results = await runLighthouse({
    runs,
    throttlingMethod,
    screens: routes.length > 0 ? SCREENS.filter((s) => routes.includes(s.route)) : SCREENS,
    languages: langs.length > 0 ? LANGUAGES.filter((l) => langs.includes(l)) : LANGUAGES,
    screenshots: option('--screenshots') ?? null,
    log: (line) => console.log(line),
  });
  console.log(lighthouseTable(results));
  console.log('\nWhat each page painted:');
  console.log(paintedTable(results));
  console.log('Budgets: performance ≥ 98, LCP ≤ 1.3 × the plain card (simulated throttling).');
  if (results.some((r) => r.paintedLang !== r.lang)) {
    console.error('A page was not in the language its browser asked for (see «painted in»).');
    process.exitCode = 1;
  }
}
