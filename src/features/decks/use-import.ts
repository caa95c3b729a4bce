import { useState } from 'react';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { DECK_LIMITS } from '../../domain/deck/deck-limits.ts';
import { parseDeckText } from '../../domain/deck/parse-deck.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { useAppStore } from '../../store/store.ts';

type Input = Uint8Array | string;

/** Where an import stands; `source` is the file name or the word for pasted text. */
export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; source: string }
  | { kind: 'invalid'; source: string; issues: readonly DeckIssue[] }
  | { kind: 'built-in'; source: string; deck: Deck; builtIn: Deck }
  | { kind: 'confirm-replace'; source: string; deck: Deck; existing: Deck; input: Input }
  | { kind: 'cancelled'; source: string; deck: Deck }
  | { kind: 'imported'; source: string; deck: Deck; replaced: boolean }
  | { kind: 'storage-failed'; source: string }
  | { kind: 'unreadable'; source: string };

async function commit(input: Input, source: string): Promise<ImportOutcome> {
  const result = await useAppStore.getState().importDeck(input, Date.now());
  if (result.ok) return { kind: 'imported', source, deck: result.deck, replaced: result.replaced };
  if ('issues' in result) return { kind: 'invalid', source, issues: result.issues };
  if (result.code === 'storage-failed') return { kind: 'storage-failed', source };
  // Another tab or a race put a built-in deck with this id in place: check again from the top.
  return check(input, source);
}

/** Validates first, so a deck that would replace one of the user's own can be asked about. */
async function check(input: Input, source: string): Promise<ImportOutcome> {
  // The built-in ids must be known before an id can be judged free.
  await useAppStore.getState().loadDecks();
  const parsed = parseDeckText(input);
  if (!parsed.ok) return { kind: 'invalid', source, issues: parsed.issues };
  const { builtIn, imported } = useAppStore.getState().decks;
  const deck = parsed.deck;
  const clash = builtIn.find((d) => d.id === deck.id);
  if (clash) return { kind: 'built-in', source, deck, builtIn: clash };
  const existing = imported.find((d) => d.id === deck.id);
  if (existing) return { kind: 'confirm-replace', source, deck, existing, input };
  return commit(input, source);
}

/** Imports decks from files or pasted text; nothing changes until a deck is valid and agreed to. */
export function useImport() {
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });
  const run = async (source: string, read: () => Promise<Input> | Input) => {
    setOutcome({ kind: 'busy', source });
    let input: Input;
    try {
      input = await read();
    } catch {
      // The file went away or the browser refused to read it: nothing was imported.
      setOutcome({ kind: 'unreadable', source });
      return;
    }
    setOutcome(await check(input, source));
  };
  return {
    outcome,
    importFile: (file: File) => {
      // Capped before reading: a huge file is refused without loading it into memory.
      if (file.size > DECK_LIMITS.fileBytes) {
        const params = { maxBytes: DECK_LIMITS.fileBytes, bytes: file.size };
        setOutcome({ kind: 'invalid', source: file.name, issues: [{ path: '', code: 'too-large', params }] });
        return Promise.resolve();
      }
      return run(file.name, async () => new Uint8Array(await file.arrayBuffer()));
    },
    importText: (text: string, source: string) => run(source, () => text),
    confirmReplace: async () => {
      if (outcome.kind !== 'confirm-replace') return;
      setOutcome({ kind: 'busy', source: outcome.source });
      setOutcome(await commit(outcome.input, outcome.source));
    },
    cancelReplace: () => {
      if (outcome.kind === 'confirm-replace')
        setOutcome({ kind: 'cancelled', source: outcome.source, deck: outcome.deck });
    },
  };
}

/** What useImport returns. */
export type Importer = ReturnType<typeof useImport>;
