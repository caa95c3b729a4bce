import { describe, expect, it } from 'vitest';
import { cspHeaderFrom } from '../../scripts/csp.ts';
import { nginxLocations, netlifyHeaders } from '../../server/deploy-files.ts';
import { CACHE_RULES, IMMUTABLE, NO_CACHE, securityHeaders } from '../../server/headers.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";

/** The header lines of each `_headers` rule, by path pattern. */
function rules(text: string) {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) out.set(line, (current = []));
    else current.push(line.trim());
  }
  return out;
}

/** The body of each nginx location, by its match (`= /sw.js`, `^~ /assets/`, `/`). */
function locations(text: string) {
  return new Map(
    [...text.matchAll(/^location (.+?) \{\n([\s\S]*?)^\}/gm)].map(([, where, body]) => [where, body ?? '']),
  );
}

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it('sends every security header, with the build’s policy, on every path', () => {
    const all = rules(netlifyHeaders(POLICY)).get('/*');
    expect(all).toEqual(Object.entries(securityHeaders(POLICY)).map(([name, value]) => `${name}: ${value}`));
    expect(all).toContain(`Content-Security-Policy: ${cspHeaderFrom(POLICY)}`);
  });

  it('has the cache rules: assets for a year, the page and the service worker revalidated', () => {
    const parsed = rules(netlifyHeaders(POLICY));
    expect(parsed.get('/assets/*')).toEqual([`Cache-Control: ${IMMUTABLE}`]);
    for (const path of ['/', '/index.html', '/sw.js'])
      expect(parsed.get(path)).toEqual([`Cache-Control: ${NO_CACHE}`]);
  });
});

describe('nginx-app.conf', () => {
  const text = nginxLocations(POLICY);
  const found = locations(text);

  it('repeats every security header in every location that serves files, with its cache rule', () => {
    const serving = [...found].filter(([, body]) => !body.includes('return 404'));
    expect(serving.map(([where]) => where)).toEqual([
      '^~ /assets/',
      '= /',
      '= /index.html',
      '= /sw.js',
      '~ \\.webmanifest$',
      '/',
    ]);
    for (const [where, body] of serving) {
      for (const [name, value] of Object.entries(securityHeaders(POLICY))) {
        expect(body, where).toContain(`add_header ${name} "${value}" always;`);
      }
    }
    for (const { pattern, cacheControl } of CACHE_RULES) {
      const where = pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
      expect(found.get(where), where).toContain(`add_header Cache-Control "${cacheControl}" always;`);
    }
    expect(found.get('/')).toContain(`add_header Cache-Control "${NO_CACHE}" always;`);
  });

  it('does not serve the files written for hosts', () => {
    expect(text).toContain('location = /_headers { return 404; }');
    expect(text).toContain('location = /nginx-app.conf { return 404; }');
    expect(text).toContain('location ~ /\\.(?!well-known/) { return 404; }');
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => nginxLocations(`default-src 'self'; x "y"`)).toThrow(/nginx/);
    expect(() => nginxLocations('default-src $host')).toThrow(/nginx/);
  });
});
