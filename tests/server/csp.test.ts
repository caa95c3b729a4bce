import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cspMeta, inlineHashes, unionPolicy } from '../../scripts/csp.ts';

// Each page's meta tag allows its own inline parts; the header (server, _headers, nginx) allows
// those of every page. A browser enforces both: a page runs its own inline parts and no other's.
const hash = fc
  .base64String({ minLength: 4, maxLength: 44 })
  .filter((text) => text.length > 0)
  .map((text) => `'sha256-${text}'`);

describe('the pages’ policies and the header’s', () => {
  it('reads back the hashes a page policy allows, for styles and for scripts apart', () => {
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 5 }), fc.array(hash, { maxLength: 5 }), (style, script) => {
        expect(inlineHashes(cspMeta(style, script))).toEqual({ style, script });
      }),
    );
  });

  it('makes the header allow every page’s inline parts, each once, and nothing else', () => {
    const solo = cspMeta(["'sha256-css='", "'sha256-solo='"], ["'sha256-boot='"]);
    const home = cspMeta(["'sha256-css='"], ["'sha256-boot='", "'sha256-home='"]);
    expect(unionPolicy([solo, home])).toBe(
      cspMeta(["'sha256-css='", "'sha256-solo='"], ["'sha256-boot='", "'sha256-home='"]),
    );
    expect(unionPolicy([])).toBe(cspMeta());
    // Only hashes count: a policy that names other sources adds none of them.
    expect(unionPolicy(["script-src 'self' 'unsafe-inline' https://evil.example"])).toBe(cspMeta());
  });
});
