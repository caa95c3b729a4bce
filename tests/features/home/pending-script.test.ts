import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLanguage } from '../../../src/domain/language/languages.ts';

// index.html's boot script decides, before the first paint, whether the pre-rendered bokmål
// home screen will be kept. It must agree with main.tsx, which uses matchLanguage().
const source = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]!;

function runBoot(languages: string[], hash: string, stored: string | null) {
  const classes = new Set<string>();
  runInNewContext(source, {
    document: { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
    navigator: { languages, language: languages[0] },
    localStorage: { getItem: () => stored },
    location: { hash },
  });
  return classes.has('pending');
}

const prefs = (language: string | null) =>
  JSON.stringify({ state: { prefs: { language, motion: 'system' } }, version: 2 });

describe('the boot script in index.html', () => {
  it('keeps the shell only for the bokmål home screen', () => {
    expect(runBoot(['nb-NO'], '', null)).toBe(false);
    expect(runBoot(['no'], '#/', null)).toBe(false);
    expect(runBoot(['de'], '', null)).toBe(false);
    expect(runBoot(['nn-NO'], '', null)).toBe(true);
    expect(runBoot(['en-US'], '', null)).toBe(true);
    expect(runBoot(['nb-NO'], '#/solo', null)).toBe(true);
    expect(runBoot(['en-US'], '', prefs('nb'))).toBe(false);
    expect(runBoot(['nb-NO'], '', prefs('nn'))).toBe(true);
    expect(runBoot(['nb-NO'], '', '{broken')).toBe(false);
  });

  it('agrees with matchLanguage for any browser languages', () => {
    const tag = fc.oneof(
      fc.constantFrom('nb', 'nn', 'no', 'en', 'de', 'sv', 'nb-NO', 'nn-NO', 'en-GB', 'NN_no', 'se'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), (languages) => {
        const lang = matchLanguage(languages) ?? 'nb';
        expect(runBoot(languages, '', null)).toBe(lang !== 'nb');
      }),
    );
  });
});
