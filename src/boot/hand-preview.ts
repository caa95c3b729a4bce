// The hand's pre-paint on its own (src/boot/run-hand-preview.ts): the link's decks come as the
// deck files the starter preloaded. Used for links naming several decks and for visits the
// service worker serves (everything is cached then).
import { fetchPreloadedDeck, runHandPreview } from './run-hand-preview.ts';

runHandPreview(fetchPreloadedDeck);
