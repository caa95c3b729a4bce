import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DeckIssue, DeckIssueCode, IssueParams } from '../../../../src/domain/deck/deck-issue.ts';

/** One entry of a fixture folder's expected.json. */
export interface FileCase {
  readonly valid?: boolean;
  readonly generated?: boolean;
  readonly merge?: { readonly path: string; readonly code: string };
  readonly issues?: readonly { path: string; code: DeckIssueCode; params?: IssueParams }[];
}

/** A fixture folder under tests/fixtures: its cases, its files and a way to read them. */
export function fileCorpus(folder: string) {
  const dir = new URL(`../../../fixtures/${folder}/`, import.meta.url);
  const cases = (
    JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { cases: Record<string, FileCase> }
  ).cases;
  const files = readdirSync(dir)
    .filter((name) => name !== 'expected.json')
    .sort();
  const committed = Object.entries(cases)
    .filter(([, c]) => !c.generated)
    .map(([name]) => name)
    .sort();
  const generated = Object.entries(cases)
    .filter(([, c]) => c.generated)
    .map(([name]) => name)
    .sort();
  const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
  return { cases, files, committed, generated, bytes };
}

/** Asserts a parse result against a case: valid, or exactly these issues (params where listed). */
export function expectCase(
  result: { ok: true } | { ok: false; issues: readonly DeckIssue[] },
  expected: FileCase,
): void {
  if (expected.valid) {
    expect(result).toMatchObject({ ok: true });
    return;
  }
  expect(result.ok).toBe(false);
  const issues = result.ok ? [] : result.issues;
  expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(
    (expected.issues ?? []).map(({ path, code }) => ({ path, code })),
  );
  (expected.issues ?? []).forEach((issue, i) => {
    if (issue.params) expect(issues[i]?.params).toMatchObject(issue.params);
  });
}

/** JSON text of `value` padded with spaces to exactly `bytes` UTF-8 bytes (ASCII content). */
export function paddedJson(value: unknown, bytes: number): string {
  const text = JSON.stringify(value);
  return text + ' '.repeat(Math.max(0, bytes - text.length));
}

/** The fc.anything settings every "never throws" test uses: every odd value fast-check knows. */
export const ANYTHING_SETTINGS = {
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withBigInt: true,
  withObjectString: true,
} as const;
