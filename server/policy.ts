import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_FILES } from '../src/domain/routes/route-table.ts';
import { cspFromHtml, cspMeta, unionPolicy } from '../scripts/csp.ts';

/**
 * The header policy of a build in a folder: the one that allows the inline parts of every page
 * (each page's meta tag allows its own only; scripts/csp.ts). Null when no page has a policy.
 */
export function buildPolicy(root: string): string | null {
  const policies: string[] = [];
  for (const file of PAGE_FILES) {
    try {
      const policy = cspFromHtml(readFileSync(join(root, file), 'utf8'));
      if (policy) policies.push(policy);
    } catch {
      // A page this build does not have.
    }
  }
  return policies.length > 0 ? unionPolicy(policies) : null;
}

/**
 * Reads the Content-Security-Policy of the build in a folder out of its pages (buildPolicy). It
 * is read again whenever index.html changes (a build writes every page at once), so a rebuild
 * while the server runs (or a build that appears only after the server started) is served with
 * its own policy, never with a stale one.
 */
export function policyReader(): (root: string) => string {
  let cached: { file: string; mtimeMs: number; policy: string } | null = null;
  return (root) => {
    const file = join(root, 'index.html');
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.policy;
    // No build yet: the strictest policy (no inline hashes); the app is not there to break.
    const policy = buildPolicy(root) ?? cspMeta();
    cached = { file, mtimeMs, policy };
    return policy;
  };
}
