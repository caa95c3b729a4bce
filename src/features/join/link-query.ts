/**
 * The join query inside whatever a participant pasted or typed: a full link
 * (`https://…/join/#v=1&s=…`, or the old `https://…/#/join?v=1&s=…`), either fragment or the
 * query itself. Null when the text holds no query at all.
 */
export function joinQueryOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  for (const marker of ['join/#', '#/join?']) {
    const at = trimmed.indexOf(marker);
    if (at !== -1) return trimmed.slice(at + marker.length) || null;
  }
  const hash = trimmed.indexOf('#');
  if (hash !== -1) return null;
  const q = trimmed.indexOf('?');
  if (q !== -1) return trimmed.slice(q + 1) || null;
  return trimmed.includes('=') ? trimmed : null;
}
