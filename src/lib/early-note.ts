// A note typed into the phone's pre-painted hand before the app has arrived. The pre-paint
// (src/boot/run-hand-preview.ts) paints a note field that looks ready, and on a phone the app
// takes another second or two: the field works in that moment, and the app's note field
// (src/features/join/card-note.tsx) takes what was typed, and the focus, when it takes over.
// What was typed is added to the card's stored note (which the pre-paint cannot read), never put
// in its place: a returning participant's note is kept whole.

/** The pre-painted note field, offered to the app. */
type EarlyNoteOffer = { readonly cardRef: string; readonly field: HTMLTextAreaElement; focused: boolean };

declare global {
  interface Window {
    /** Written by offerEarlyNote (the hand's pre-paint); taken once by takeEarlyNote. On window:
     * the pre-paint and the app are separate bundles. */
    kortstokkEarlyNote?: EarlyNoteOffer | undefined;
  }
}

/** What was typed before the app took over, for which card, and whether the field had the focus. */
export type EarlyNote = { readonly cardRef: string; readonly text: string; readonly focused: boolean };

/** Offers the pre-painted note field of `cardRef` to the app, keeping track of its focus. */
export function offerEarlyNote(cardRef: string, field: HTMLTextAreaElement): void {
  const offer: EarlyNoteOffer = { cardRef, field, focused: document.activeElement === field };
  field.addEventListener('focus', () => (offer.focused = true));
  // A field taken out of the page by the app's takeover may report a blur: it had the focus then.
  // Only a blur that leaves the field in the page a moment later is the participant's.
  field.addEventListener('blur', () =>
    setTimeout(() => {
      if (field.isConnected) offer.focused = document.activeElement === field;
    }),
  );
  window.kortstokkEarlyNote = offer;
}

/** The note typed early, once (null when there was no pre-painted field). */
export function takeEarlyNote(): EarlyNote | null {
  const offer = window.kortstokkEarlyNote;
  window.kortstokkEarlyNote = undefined;
  return offer ? { cardRef: offer.cardRef, text: offer.field.value, focused: offer.focused } : null;
}

/** The stored note's text with the early text added on a line of its own. */
export const withEarlyText = (stored: string, early: string): string =>
  stored === '' ? early : `${stored.replace(/\n+$/, '')}\n${early}`;
