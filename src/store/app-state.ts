import type { DecksSlice } from './decks-slice.ts';
import type { HiddenCardsSlice } from './hidden-cards-slice.ts';
import type { PrefsSlice } from './prefs-slice.ts';
import type { SoloSlice } from './solo-slice.ts';
import type { UiSlice } from './ui-slice.ts';

/** The whole store: one object made of typed slices. */
export type AppState = PrefsSlice & UiSlice & DecksSlice & HiddenCardsSlice & SoloSlice;
