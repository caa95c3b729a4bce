// Test helper: the built-in decks from cards/, through the app's own validator.
export { loadCardDecks } from '../../../scripts/prerender/card-decks.ts';
