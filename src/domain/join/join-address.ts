/**
 * Why the phones in a room cannot use a join address (the app's own address, which the join QR
 * code carries), or null when they can: a public HTTPS address.
 *
 * - `loopback`: localhost, *.localhost, 127.0.0.0/8, ::1 (or a file): only this machine opens it.
 * - `unspecified`: 0.0.0.0 or :: — a server's «every interface», not an address to open.
 * - `local-name`: a `.local` (mDNS) or other local-only name, or a single-label host name: many
 *   phones cannot look it up, and none can over the mobile network.
 * - `private-http`: plain http (a private, link-local or public host): no service worker, so no
 *   offline use, and no secure context (Web Crypto, crypto.randomUUID).
 * - `same-network`: a private or link-local address over HTTPS. It works, but only for phones on
 *   the same network (not a guest network or mobile data): a calm note, not an alert.
 * - `invalid`: not a web address at all.
 */
export type JoinAddressProblem =
  'loopback' | 'unspecified' | 'local-name' | 'private-http' | 'same-network' | 'invalid';

/** How loudly to say it: an `alert` means the QR code leads nowhere (or nowhere useful) for phones. */
export type JoinAddressSeverity = 'alert' | 'note';

/** The severity of a problem: every kind but `same-network` is an alert. */
export function joinAddressSeverity(problem: JoinAddressProblem): JoinAddressSeverity {
  return problem === 'same-network' ? 'note' : 'alert';
}

// Names never resolved on the public internet: mDNS (RFC 6762), home networks (RFC 8375), the
// private-use TLD ICANN reserved in 2024, and two common router defaults.
const LOCAL_SUFFIXES = ['.local', '.home.arpa', '.internal', '.lan', '.localdomain'];

type Range = 'loopback' | 'unspecified' | 'private' | 'public';

/** An IPv4 address as its four bytes, or null (the URL parser has already written it a.b.c.d). */
function ipv4Bytes(host: string): number[] | null {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return null;
  const bytes = host.split('.').map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function ipv4Range([a = 0, b = 0]: readonly number[]): Range {
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  const isPrivate =
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127); // CGNAT, also used by mesh VPNs
  return isPrivate ? 'private' : 'public';
}

/** An IPv6 address (as the URL parser writes it, without brackets) as eight 16-bit groups, or null. */
function ipv6Groups(host: string): number[] | null {
  if (!host.includes(':')) return null;
  const halves = host.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0) return null;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

function ipv6Range(groups: readonly number[]): Range {
  const [first = 0] = groups;
  const zeros = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeros(7) && groups[7] === 1) return 'loopback';
  if (zeros(8)) return 'unspecified';
  // ::ffff:a.b.c.d carries an IPv4 address.
  if (zeros(5) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return ipv4Range([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  }
  const uniqueLocal = (first & 0xfe00) === 0xfc00; // fc00::/7
  const linkLocal = (first & 0xffc0) === 0xfe80; // fe80::/10
  const siteLocal = (first & 0xffc0) === 0xfec0; // fec0::/10, deprecated but still private
  return uniqueLocal || linkLocal || siteLocal ? 'private' : 'public';
}

/** What kind of host this is; `name` for a DNS name. */
function hostRange(host: string): Range | 'name' {
  const v4 = ipv4Bytes(host);
  if (v4) return ipv4Range(v4);
  const v6 = host.startsWith('[') && host.endsWith(']') ? ipv6Groups(host.slice(1, -1)) : null;
  return v6 ? ipv6Range(v6) : 'name';
}

function parse(address: string): URL | null {
  try {
    return new URL(address.trim());
  } catch {
    return null;
  }
}

/** Why phones cannot (well) use this join address, or null for a public HTTPS address. Never throws. */
export function joinAddressProblem(address: string): JoinAddressProblem | null {
  const url = parse(address);
  if (!url) return 'invalid';
  if (url.protocol === 'file:') return 'loopback';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid';
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (host === '') return 'invalid';
  const range = hostRange(host);
  if (range === 'name') {
    if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
    if (!host.includes('.') || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return 'local-name';
  }
  if (range === 'loopback' || range === 'unspecified') return range;
  if (url.protocol === 'http:') return 'private-http';
  return range === 'private' ? 'same-network' : null;
}

/** The host (and port) of an address as people read it, e.g. `localhost:4173`; the text itself if it is no URL. */
export function addressHost(address: string): string {
  const url = parse(address);
  return url && url.host !== '' ? url.host : address.trim();
}
