// One colour per deck for its category label and card edge. Each passes 4.5:1 as text on the
// card surface (#fffdf8) and on the projector theme's dark card (checked by axe in e2e).
const BUILT_IN: Record<string, string> = {
  framtid: '#1f5f8b',
  floker: '#8a3b12',
  arbeidsgiver: '#2f6b3a',
  ledelse: '#5b3a8c',
  naervaer: '#8c2f4f',
  samspill: '#6b5a12',
};

const PALETTE = Object.values(BUILT_IN);

/** The colour of a deck: fixed for built-in decks, stable by id for imported ones. */
export function deckColor(deckId: string): string {
  const fixed = BUILT_IN[deckId];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of deckId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? '#1f4e5f';
}
