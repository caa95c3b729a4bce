import type { Lang, LocalizedText } from '../../domain/deck/types.ts';

/**
 * The text with `value` as its `lang` version; the other languages are kept. A facilitator edits
 * in the language they work in, and the file format needs nb, which every text already has.
 */
export function withText(text: LocalizedText, lang: Lang, value: string): LocalizedText {
  return { ...text, [lang]: value };
}

/** A new text typed in `lang`: it is also the nb version the format requires when lang is not nb. */
export function newText(lang: Lang, value: string): LocalizedText {
  return lang === 'nb' ? { nb: value } : { nb: value, [lang]: value };
}
