// The hand's pre-paint (src/boot/run-hand-preview.ts) with one deck's data in the same file, in
// one language: the first visit from a one-deck join link then needs one request after the page,
// not two in parallel (a second connection) or one after the other. The build writes this file
// once per built-in deck and language (scripts/hand-preview-plugin.ts puts the data, slimmed by
// scripts/hand-deck-data.ts, in place of HAND_DECK); any other deck comes as its preloaded file.
import { fetchPreloadedDeck, runHandPreview } from './run-hand-preview.ts';

declare const HAND_DECK: { readonly id: string };

const deck = HAND_DECK;
runHandPreview((id) => (id === deck.id ? Promise.resolve(deck) : fetchPreloadedDeck(id)));
