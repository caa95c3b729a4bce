// Finds the system Chromium for the browser tests, installing Debian's package where that is
// possible. Never downloads a browser of its own. Prints the path on success.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Launch flags that keep Debian's Chromium quiet on a closed network (headless is added by each tool). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the Chromium executable: $CHROMIUM_PATH, then the usual system paths, else null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Finds Chromium or installs Debian's `chromium` with apt-get; exits with advice otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const prefix = process.getuid?.() === 0 ? [] : has('sudo') ? ['sudo', '-n'] : null;
  if (prefix && has('apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get …');
    const run = (args) =>
      execFileSync(prefix[0] ?? args[0], prefix.length ? [...prefix.slice(1), ...args] : args.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    try {
      run(['apt-get', 'update']);
      run(['apt-get', 'install', '-y', 'chromium']);
    } catch {
      // fall through to the message below
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(ensureChromium());
}
