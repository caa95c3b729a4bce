import { isIP } from 'node:net';

/** Whether a peer address is this machine's own (127.0.0.0/8, ::1, or IPv4 mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/**
 * The address a connection is counted under (connection attempts per address and minute). A
 * peer on this machine is the host's own reverse proxy (deploy/nginx-proxy.conf sets X-Real-IP
 * to the client's address), so its X-Real-IP is taken when it is an address; any other peer is
 * the client itself, whatever its headers say (X-Forwarded-For never counts: a client can write it).
 */
export function clientAddress(remote: string | undefined, realIp: string | string[] | undefined): string {
  const claimed = typeof realIp === 'string' ? realIp.trim() : undefined;
  if (isLoopback(remote) && claimed && isIP(claimed) !== 0) return claimed;
  return remote ?? '';
}
