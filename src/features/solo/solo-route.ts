import { hrefFor } from '../../lib/app-route.ts';

/** The screens of «Alene»: `#/solo` is the start, the rest are `#/solo?view=…`. */
export const SOLO_VIEWS = [
  'start',
  'session',
  'journal',
  'look-back',
  'assessment',
  'export',
  'print',
] as const;

/** One screen of «Alene». */
export type SoloView = (typeof SOLO_VIEWS)[number];

/** Reads the `view` of a `#/solo?…` query; anything unknown is the start screen. */
export function parseSoloView(query: string): SoloView {
  const view = new URLSearchParams(query).get('view');
  return (SOLO_VIEWS as readonly (string | null)[]).includes(view) ? (view as SoloView) : 'start';
}

/** The link to a screen of «Alene». */
export function soloHref(view: SoloView = 'start'): string {
  return hrefFor('/solo', view === 'start' ? '' : new URLSearchParams({ view }).toString());
}
