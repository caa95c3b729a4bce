import { DECK_LIMITS } from './deck-limits.ts';
import type { DeckSchemaOutput } from './deck-schema.ts';
import type { Card, CardSource, Deck, SourceDoc } from './types.ts';

// Format-1 decks written before described sources (every user deck exported until then) give each
// card `source: { file, section }`. They still import: each distinct file becomes a described
// source titled with the file name, and the cards name it by id. Done once, here at the boundary,
// so the rest of the app knows only the described form.

type SchemaCard = DeckSchemaOutput['cards'][number];
type SchemaSource = NonNullable<SchemaCard['source']>;

/** An id for a legacy file name: its [a-z0-9] runs joined by '-', not yet taken. */
function legacyId(file: string, taken: Set<string>): string {
  const base =
    file
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, DECK_LIMITS.id - 4)
      .replace(/-+$/, '') || 'source';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Turns validated schema output into a Deck: legacy `{ file, section }` card sources become
 * `{ doc, section }` naming a described source added for each distinct file (after the deck's own).
 */
export function liftLegacySources(output: DeckSchemaOutput): Deck {
  const described: SourceDoc[] = [...(output.sources ?? [])];
  const taken = new Set(described.map((source) => source.id));
  const byFile = new Map<string, string>();
  const lift = (source: SchemaSource): CardSource => {
    if (source.doc !== undefined) return { doc: source.doc, section: source.section };
    // The schema guarantees exactly one of doc and file.
    const file = source.file ?? '';
    let id = byFile.get(file);
    if (id === undefined) {
      id = legacyId(file, taken);
      byFile.set(file, id);
      described.push({ id, title: { nb: file } });
    }
    return { doc: id, section: source.section };
  };
  const cards = output.cards.map((card): Card => {
    const { source, ...rest } = card;
    return source === undefined ? rest : { ...rest, source: lift(source) };
  });
  const { sources: _sources, $schema: _schema, type: _type, format: _format, ...deck } = output;
  return described.length > 0 || output.sources !== undefined
    ? { ...deck, sources: described, cards }
    : { ...deck, cards };
}
