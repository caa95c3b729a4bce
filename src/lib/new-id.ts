/**
 * A fresh id for a run-sheet, step or session: 32 hex characters from the cryptographic random
 * source (which, unlike crypto.randomUUID, also exists outside secure contexts).
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
