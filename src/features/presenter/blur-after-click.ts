import type { MouseEvent } from 'react';

/**
 * After a mouse click on one of the presenter's buttons, focus goes back to the page: a button
 * that kept focus would take the clicker's next Space (start/pause) as a click on itself.
 * Keyboard activation (detail 0) keeps focus where the user put it.
 */
export function blurAfterClick(event: MouseEvent<HTMLElement>): void {
  if (event.detail === 0) return;
  const target = event.target as HTMLElement | null;
  const button = target?.closest('button');
  if (button && event.currentTarget.contains(button)) button.blur();
}
