// How the join page's starter (src/boot/start-app.ts) learns that the hand's pre-paint
// (src/boot/run-hand-preview.ts) will not paint: a link without a seat, a tampered link, a deck
// missing or in another version. The starter waits for the pre-paint's first paint before it
// starts the app; told that none is coming, it starts the app at once instead of after its
// half-second fallback. An event on window: the two are separate scripts.

const DECLINED = 'kortstokk:prepaint-declined';

/** Says that the pre-paint has given up (called once, by the pre-paint). */
export const announcePrepaintDeclined = (target: EventTarget = window): void => {
  target.dispatchEvent(new Event(DECLINED));
};

/** Calls `then` when the pre-paint says it has given up. */
export const onPrepaintDeclined = (then: () => void, target: EventTarget = window): void => {
  target.addEventListener(DECLINED, then, { once: true });
};
