// What a participant typed into the join hand's pre-painted note field before the app took over.
// The hand paints from index.html and src/boot in a fraction of the app's time on a phone; its
// note field takes focus and text at once (src/boot/hand-preview.ts leaves only it un-inert). When
// the app renders its own field, it takes over the text, the caret and the focus from here, so
// nothing typed in that second is lost.

/** The pre-painted field at the moment the app began to render, and the card it was for. */
type Held = { field: HTMLTextAreaElement; cardRef: string; focused: boolean };

/** What the app's field takes over. */
export type EarlyNote = {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  focused: boolean;
};

let held: Held | null = null;

/**
 * Keeps hold of the pre-painted note field in <main>, if any, just before the app renders over
 * it. The field is read later (takeEarlyNote), when the app's own field is in place: what is typed
 * until React replaces it is kept too.
 */
export function holdEarlyNote(main: HTMLElement | null): void {
  const field = main?.querySelector<HTMLTextAreaElement>('.card-note textarea');
  const cardRef = main?.querySelector<HTMLElement>('.qcard[data-card]')?.dataset.card;
  if (!field || cardRef === undefined) return;
  held = { field, cardRef, focused: document.activeElement === field };
  field.addEventListener('focus', () => held && (held.focused = true), { once: true });
}

/** The text, caret and focus of the pre-painted field for `cardRef`, once; null if none. */
export function takeEarlyNote(cardRef: string): EarlyNote | null {
  if (held?.cardRef !== cardRef) return null;
  const { field, focused } = held;
  held = null;
  const text = field.value;
  if (text === '' && !focused) return null;
  return { text, selectionStart: field.selectionStart, selectionEnd: field.selectionEnd, focused };
}
