/** How many notes of a card are shown: a number so far, or all of them (new ones too). */
export type Reveal = number | 'all';

/** What the projector view shows; `card` is the current card's group key (null: the first). */
export type ProjectorState = {
  readonly card: string | null;
  readonly reveal: Readonly<Record<string, Reveal>>;
  readonly authors: boolean;
  readonly cloud: boolean;
  readonly legend: boolean;
};

export type ProjectorAction =
  | { type: 'move'; delta: 1 | -1; keys: readonly string[] }
  | { type: 'go'; key: string }
  | { type: 'reveal-next'; key: string; total: number }
  | { type: 'toggle-all'; key: string; total: number }
  | { type: 'toggle'; what: 'authors' | 'cloud' | 'legend' }
  | { type: 'close-legend' };

/** Notes hidden, authors hidden, no cloud, the key legend shown: the view as it opens. */
export const INITIAL_PROJECTOR: ProjectorState = {
  card: null,
  reveal: {},
  authors: false,
  cloud: false,
  legend: true,
};

/** The index of the current card among the group keys (the first when it is gone). */
export const currentIndex = (card: string | null, keys: readonly string[]): number =>
  Math.max(card === null ? 0 : keys.indexOf(card), 0);

/** How many of a card's `total` notes are shown. */
export const shownCount = (reveal: Reveal | undefined, total: number): number =>
  reveal === 'all' ? total : Math.min(reveal ?? 0, total);

/**
 * The projector's state changes. Revealing the last hidden note opens the card fully, so notes
 * that arrive later appear by themselves; until then they wait hidden like the rest.
 */
export function projectorReducer(state: ProjectorState, action: ProjectorAction): ProjectorState {
  switch (action.type) {
    case 'move': {
      const next = currentIndex(state.card, action.keys) + action.delta;
      const key = action.keys[Math.min(Math.max(next, 0), action.keys.length - 1)];
      return key === undefined ? state : { ...state, card: key };
    }
    case 'go':
      return { ...state, card: action.key };
    case 'reveal-next': {
      const shown = shownCount(state.reveal[action.key], action.total);
      if (state.reveal[action.key] === 'all' || action.total === 0) return state;
      const reveal: Reveal = shown + 1 >= action.total ? 'all' : shown + 1;
      return { ...state, reveal: { ...state.reveal, [action.key]: reveal } };
    }
    case 'toggle-all': {
      const all = shownCount(state.reveal[action.key], action.total) >= action.total && action.total > 0;
      return { ...state, reveal: { ...state.reveal, [action.key]: all ? 0 : 'all' } };
    }
    case 'toggle':
      return { ...state, [action.what]: !state[action.what] };
    case 'close-legend':
      return { ...state, legend: false };
  }
}
