import { useLayoutEffect, useRef, type RefObject } from 'react';
import { takeEarlyNote, type EarlyNote } from '../lib/early-note.ts';

/**
 * Takes what was typed into the pre-painted note field (src/lib/early-note.ts), in the commit that
 * replaces the pre-paint, before the next key: the focus at once when the field shows the same
 * card; the text once the stored notes are read (`ready`), through `keep` with the card it was
 * typed for (the app may open on another card: the text still goes to its own). The caret then
 * goes to the end.
 */
export function useEarlyNote(
  ready: boolean,
  field: RefObject<HTMLTextAreaElement | null>,
  cardRef: string,
  keep: (text: string, cardRef: string) => void,
): void {
  const early = useRef<EarlyNote | null | undefined>(undefined);
  /** The early text, while the caret is to go after it once it shows in the field. */
  const caretAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (early.current === undefined) {
      early.current = takeEarlyNote();
      if (early.current?.focused && early.current.cardRef === cardRef) field.current?.focus();
    }
    const taken = early.current;
    if (!taken || !ready) return;
    early.current = null;
    if (taken.text === '') return;
    caretAfter.current = taken.focused && taken.cardRef === cardRef ? taken.text : null;
    keep(taken.text, taken.cardRef);
  });
  useLayoutEffect(() => {
    const element = field.current;
    const text = caretAfter.current;
    if (text === null || !element?.value.endsWith(text)) return;
    caretAfter.current = null;
    element.setSelectionRange(element.value.length, element.value.length);
  });
}
