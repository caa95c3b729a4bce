import { useSyncExternalStore } from 'react';
import type { CardDensity } from '../../components/card/question-card.tsx';

const PHONE = '(max-width: 36rem)';
const PROJECTOR = '(min-width: 100rem)';

const subscribe = (onChange: () => void) => {
  const queries = [PHONE, PROJECTOR].map((q) => window.matchMedia(q));
  queries.forEach((q) => q.addEventListener('change', onChange));
  return () => queries.forEach((q) => q.removeEventListener('change', onChange));
};

const read = (): CardDensity =>
  window.matchMedia(PHONE).matches ? 'phone' : window.matchMedia(PROJECTOR).matches ? 'projector' : 'tablet';

/** The card density for the screen width: phone, tablet, or projector-sized type on wide screens. */
export function useCardDensity(): CardDensity {
  return useSyncExternalStore(subscribe, read, () => 'tablet');
}
