import { readdirSync, readFileSync } from 'node:fs';
import type { DeckIssueCode, IssueParams } from '../../../../src/domain/deck/deck-issue.ts';

/** One entry of tests/fixtures/decks/expected.json. */
export interface CorpusCase {
  readonly valid?: boolean;
  readonly stage?: 'input';
  readonly crossFieldOnly?: boolean;
  readonly generated?: boolean;
  readonly preserved?: Readonly<Record<string, string>>;
  readonly issues?: readonly { path: string; code: DeckIssueCode; params?: IssueParams }[];
}

export const fixtureDir = new URL('../../../fixtures/decks/', import.meta.url);
export const cardsDir = new URL('../../../../cards/', import.meta.url);

/** The corpus cases by file name. */
export const corpus = (
  JSON.parse(readFileSync(new URL('expected.json', fixtureDir), 'utf8')) as {
    cases: Record<string, CorpusCase>;
  }
).cases;

/** Fixture files on disk (everything but expected.json). */
export const fixtureFiles = readdirSync(fixtureDir)
  .filter((name) => name !== 'expected.json')
  .sort();

/** Bytes of a committed fixture. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, fixtureDir)));
}

/** Deck files in cards/ right now (the schema is not a deck); may be none. */
export const deckFiles = readdirSync(cardsDir)
  .filter((name) => name.endsWith('.json') && name !== 'deck.schema.json')
  .sort();

/** Bytes of a deck file in cards/. */
export function deckFileBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, cardsDir)));
}

/** Parses fixture bytes as plain JSON (BOM stripped) for the JSON Schema side. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(new TextDecoder().decode(fixtureBytes(name)));
}
