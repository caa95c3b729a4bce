import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve } from 'node:path';

/** Debian's nginx, the one `.ci/run` installs. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Fails (never skips) when nginx is missing, saying how to get it. */
export function requireNginx() {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is missing (${NGINX}): the deploy recipes are tested with real nginx. ` +
        'Install it with `sudo apt-get install -y nginx` (Debian/Ubuntu; .ci/run does this), ' +
        'or set NGINX_PATH.',
    );
  }
}

/** A port that was free a moment ago (nginx cannot listen on port 0 and say which it got). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export type Certificate = {
  cert: string;
  key: string;
  /**
   * The SHA-256 of its public key, for Chromium's --ignore-certificate-errors-spki-list: the
   * browser then trusts this one certificate as if a CA had signed it, so the page is a secure
   * context without errors and its service worker can be installed (Playwright's
   * ignoreHTTPSErrors lets the page load, but Chromium refuses a worker script with a
   * certificate error).
   */
  spki: string;
};

/** A self-signed certificate for 127.0.0.1 and localhost, made with openssl in `dir`. */
export function makeCertificate(dir: string): Certificate {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error('openssl is missing: install it with `sudo apt-get install -y openssl`.');
  }
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  const spki = execFileSync(
    'sh',
    [
      '-c',
      'openssl x509 -pubkey -noout -in "$1" | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64',
      'sh',
      cert,
    ],
    { encoding: 'utf8' },
  ).trim();
  return { cert, key, spki };
}

export type Site = {
  /** The port for HTTPS, and the one for the http → https redirect. */
  port: number;
  httpPort: number;
  cert: string;
  key: string;
  /** The build folder (static recipe). */
  root?: string;
  /** The Node server's port (proxy recipe). */
  upstreamPort?: number;
};

/**
 * A shipped site file from deploy/, with only its «site» lines changed to this machine's (the
 * addresses, the certificate, the folder): each is expected as often as the file has it (the
 * folder twice, as root and in the include), so the test breaks when the shipped file changes
 * shape rather than testing something else.
 */
export function renderSite(file: string, site: Site): string {
  let text = readFileSync(resolve(file), 'utf8');
  const swap = (from: string, to: string, times = 1) => {
    const count = text.split(from).length - 1;
    if (count !== times) throw new Error(`${file}: expected ${from} ${times} time(s), found ${count}`);
    text = text.split(from).join(to);
  };
  swap('    listen 80;\n    listen [::]:80;\n', `    listen 127.0.0.1:${site.httpPort};\n`);
  swap(
    '    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n',
    `    listen 127.0.0.1:${site.port} ssl http2;\n`,
  );
  swap('/etc/letsencrypt/live/kortstokk.example.no/fullchain.pem', site.cert);
  swap('/etc/letsencrypt/live/kortstokk.example.no/privkey.pem', site.key);
  if (site.root !== undefined) swap('/var/www/kortstokk', resolve(site.root), 2);
  if (site.upstreamPort !== undefined)
    swap('server 127.0.0.1:4173;', `server 127.0.0.1:${site.upstreamPort};`);
  return text;
}

export type Nginx = { origin: string; httpOrigin: string; stop(): Promise<void>; errorLog(): string };

/**
 * Serves a shipped site file through nginx on free loopback ports with a fresh self-signed
 * certificate, everything in `dir`. Tries new ports when one was taken in between.
 */
export async function serveSite(
  dir: string,
  file: string,
  certificate: Certificate,
  site: Omit<Site, 'port' | 'httpPort' | 'cert' | 'key'>,
): Promise<Nginx> {
  for (let attempt = 1; ; attempt += 1) {
    const [port, httpPort] = [await freePort(), await freePort()];
    const text = renderSite(file, { ...site, cert: certificate.cert, key: certificate.key, port, httpPort });
    try {
      const nginx = await startNginx(dir, text, port);
      return { ...nginx, origin: `https://127.0.0.1:${port}`, httpOrigin: `http://127.0.0.1:${httpPort}` };
    } catch (error) {
      if (attempt >= 3 || !/Address already in use/.test(String(error))) throw error;
    }
  }
}

type Started = { stop(): Promise<void>; errorLog(): string };

/**
 * Starts nginx in the foreground with `site` as its only server config, everything it writes
 * (pid, logs, temp files) in `dir`. Resolves once it accepts connections on `port`.
 */
export async function startNginx(dir: string, site: string, port: number): Promise<Started> {
  requireNginx();
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const errorLog = join(dir, 'error.log');
  const siteFile = join(dir, 'site.conf');
  writeFileSync(siteFile, site);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      // As root the workers would run as nobody, who may not read the build or the temp folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(dir, 'temp', kind)};`,
      ),
      `  include ${siteFile};`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx did not start:\n${log()}`);
    // The pid file is written once nginx has bound its ports; then it answers.
    if (existsSync(join(dir, 'nginx.pid')) && (await accepts(port))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not listen on ${port}:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    errorLog: log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
