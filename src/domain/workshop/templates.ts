import { FRAMTID_45 } from './template-framtid-45.ts';
import { NAERVAER_90 } from './template-naervaer-90.ts';
import { VERKSTED_LEDELSE } from './template-verksted-ledelse.ts';
import type { RunSheet } from './run-sheet-types.ts';

/** The built-in run-sheet templates, with stable ids; users edit copies (runSheetFromTemplate). */
export const TEMPLATES: readonly RunSheet[] = [VERKSTED_LEDELSE, FRAMTID_45, NAERVAER_90];

/** The ids of the built-in templates. */
export const TEMPLATE_IDS = ['verksted-ledelse', 'framtid-45', 'naervaer-90'] as const;

/** The built-in template with this id, or undefined. */
export function getTemplate(id: string): RunSheet | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
