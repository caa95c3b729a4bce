const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date', 'time']);

/**
 * True when a key press on this element belongs to the element itself (typing, choosing from a
 * list, moving between radio buttons): the step's Alt+arrow shortcut must then leave it alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) || target.type === 'radio';
  return false;
}
