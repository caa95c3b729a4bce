import { useState } from 'react';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';

/**
 * «Hvem er kortet for?» on a decks screen, kept in the address (`for=…`, no new history entry) so
 * «back» from a card and a reload find the same choice. A new value in the address (a link, an
 * edited URL) replaces the choice; choosing only rewrites the address.
 */
export function useAddressAudience(
  fromAddress: AudienceChoice,
  hrefOf: (audience: AudienceChoice) => string,
): [AudienceChoice, (audience: AudienceChoice) => void] {
  const [audience, setAudience] = useState(fromAddress);
  const [seen, setSeen] = useState(fromAddress);
  if (fromAddress !== seen) {
    setSeen(fromAddress);
    setAudience(fromAddress);
  }
  const choose = (next: AudienceChoice) => {
    setAudience(next);
    window.history.replaceState(window.history.state, '', hrefOf(next));
  };
  return [audience, choose];
}
