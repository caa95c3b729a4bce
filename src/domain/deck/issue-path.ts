const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats keys as a readable path: ['cards', 12, 'text', 'nn'] → `cards[12].text.nn`; [] → ''. */
export function formatIssuePath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`; // odd keys ("a.b", "") stay unambiguous
  }
  return out;
}
