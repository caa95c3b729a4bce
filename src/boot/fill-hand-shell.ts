import { deckColor } from '../components/card/deck-colors.ts';
import type { HandPrepaint } from './hand-prepaint.ts';

/** Sets an element's text, or removes the element when there is no text for it. */
function text(root: ParentNode, selector: string, value: string | undefined): void {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`the hand template lacks ${selector}`);
  if (value === undefined) element.remove();
  else element.textContent = value;
}

/**
 * The hand screen for one link, made from index.html's `prepaint:#/join` template (the app's own
 * render of a link that has every part; rendered by the build, scripts/prerender): the
 * texts are set, the parts this link lacks are removed. The same markup as the app's first render,
 * so the app's takeover changes nothing on screen (tests/boot/hand-preview.test.tsx).
 */
export function fillHandShell(template: HTMLTemplateElement, data: HandPrepaint): DocumentFragment {
  const page = template.content.cloneNode(true) as DocumentFragment;
  text(page, 'h1', data.title);
  text(page, '.join-code-value', data.code);
  const who = page.querySelector('.join-who > p');
  if (!who?.firstChild) throw new Error('the hand template lacks .join-who');
  who.firstChild.textContent = data.who;
  text(page, '.join-who-name', data.name === undefined ? undefined : ` · ${data.name}`);
  text(page, '.join-who-source', data.source);
  if (data.step === undefined) text(page, '.join-step', undefined);
  else {
    text(page, '.join-step h2', data.step.heading);
    text(page, '.join-step p', data.step.text);
  }
  const card = page.querySelector<HTMLElement>('.qcard');
  if (!card) throw new Error('the hand template lacks .qcard');
  card.dataset.card = data.card.ref;
  // Through the CSSOM, as React sets it: a style attribute in markup would be refused by the CSP.
  card.style.setProperty('--deck', deckColor(data.card.deckId));
  text(card, '.qcard-category', data.card.category);
  text(card, '.qcard-deck', data.card.deck);
  text(card, '.qcard-text', data.card.text);
  card.querySelector('.qcard-text')?.setAttribute('lang', data.card.lang);
  text(page, '.hand-position', data.position);
  const next = page.querySelector<HTMLButtonElement>('.hand-next');
  if (next) next.disabled = data.total < 2;
  return page;
}
