import { readFileSync } from 'node:fs';

export type Issue = { path: string; code: string; params?: { maxBytes?: number } };
export type CorpusCase = { valid?: boolean; generated?: boolean; issues?: Issue[]; merge?: Issue };
/** What a file chooser is given: a path on disk, or a file built in memory. */
export type Payload = string | { name: string; mimeType: string; buffer: Buffer };

/** A JSON object of exactly `bytes` bytes: just over a size limit, so only the size is wrong. */
function paddedJson(bytes: number): Buffer {
  const head = '{"pad":"';
  return Buffer.from(`${head}${'a'.repeat(bytes - head.length - 2)}"}`);
}

/** Builds a generated case (too big to commit), or null when it has no file form of its own. */
function generate(name: string, spec: CorpusCase): Buffer | null {
  const maxBytes = spec.issues?.[0]?.params?.maxBytes;
  if (spec.issues?.[0]?.code === 'too-large' && maxBytes) return paddedJson(maxBytes + 1);
  if (name.startsWith('nesting-')) return Buffer.from(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
  return null; // cards-100000.json: as a file it is over 1 MB, i.e. the too-large case above.
}

/**
 * Every bad file of a fixture corpus (tests/fixtures/<door>/expected.json), the generated
 * ones built in memory: [name, expected outcome, what to hand the file chooser].
 */
export function badFiles(door: string): [string, CorpusCase, Payload][] {
  const dir = `tests/fixtures/${door}`;
  const { cases } = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as {
    cases: Record<string, CorpusCase>;
  };
  return Object.entries(cases).flatMap(([name, spec]): [string, CorpusCase, Payload][] => {
    if (spec.valid) return [];
    if (!spec.generated) return [[name, spec, `${dir}/${name}`]];
    const buffer = generate(name, spec);
    return buffer ? [[name, spec, { name, mimeType: 'application/json', buffer }]] : [];
  });
}

/** Strings of the import screens, per language, as the user reads them. */
export const WORDS = {
  nb: { locale: 'nb-NO', wholeFile: 'Hele fila', deckFailed: (f: string) => `«${f}» kunne ikke importeres` },
  en: {
    locale: 'en-GB',
    wholeFile: 'The whole file',
    deckFailed: (f: string) => `«${f}» could not be imported`,
  },
} as const;
