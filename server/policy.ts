import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cspFromHtml, cspMeta } from '../scripts/csp.ts';

/**
 * Reads the Content-Security-Policy of the build in a folder out of its index.html (the build
 * writes it there as a meta tag, with the hashes of the inline style and script). It is read
 * again whenever index.html changes, so a rebuild while the server runs (or a build that appears
 * only after the server started) is served with its own policy, never with a stale one.
 */
export function policyReader(): (root: string) => string {
  let cached: { file: string; mtimeMs: number; policy: string } | null = null;
  return (root) => {
    const file = join(root, 'index.html');
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.policy;
    let policy: string = cspMeta();
    try {
      policy = cspFromHtml(readFileSync(file, 'utf8')) ?? policy;
    } catch {
      // No build yet: the strictest policy (no inline hashes); the app is not there to break.
    }
    cached = { file, mtimeMs, policy };
    return policy;
  };
}
