import type { NetworkInterfaceInfo } from 'node:os';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

/** Where to listen, from `HOST` and `PORT` (defaults 127.0.0.1 and 4173; `PORT=0` takes a free port). */
export function listenOptions(env: Readonly<Record<string, string | undefined>>): {
  host: string;
  port: number;
} {
  const host = env.HOST?.trim() || DEFAULT_HOST;
  const rawPort = env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not «${env.PORT}».`);
  }
  return { host, port };
}

const ANY_V4 = '0.0.0.0';
const ANY = new Set(['::', '[::]', '']);

const urlOf = (address: string, port: number) =>
  address.includes(':') ? `http://[${address}]:${port}/` : `http://${address}:${port}/`;

/**
 * The addresses a browser can open for a server listening on `host`:`port`. For "every
 * interface" (0.0.0.0, or :: which takes IPv4 too) these are the machine's own addresses, the
 * machine-only ones first. IPv6 link-local addresses (fe80::) are left out: a browser cannot open
 * them without a zone, so a phone could not use them anyway.
 */
export function listenUrls(
  host: string,
  port: number,
  interfaces: Readonly<Record<string, NetworkInterfaceInfo[] | undefined>>,
): string[] {
  if (host !== ANY_V4 && !ANY.has(host)) return [urlOf(host.replace(/^\[|\]$/g, ''), port)];
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const wanted = all.filter(
    (info) =>
      info.family === 'IPv4' || (ANY.has(host) && info.family === 'IPv6' && !/^fe80:/i.test(info.address)),
  );
  const ordered = [...wanted.filter((i) => i.internal), ...wanted.filter((i) => !i.internal)];
  return [...new Set(ordered.map((info) => urlOf(info.address, port)))];
}

/** Whether a host is reachable from this machine only. */
export const isLoopback = (host: string) =>
  host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

/** The line on what phones need, printed under the addresses. */
export function phonesNote(host: string): string {
  const reach = isLoopback(host)
    ? 'Only this machine can open these addresses (HOST=0.0.0.0 listens on the network). '
    : '';
  return (
    `${reach}Phones need an HTTPS address to install the app for offline use: ` +
    'put this server behind a TLS proxy (README «Deploy»).'
  );
}
