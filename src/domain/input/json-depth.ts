/**
 * Returns true when the JSON-ish text nests arrays/objects deeper than maxDepth.
 * Runs before JSON.parse so a hostile file cannot blow the parser's stack; brackets inside
 * strings do not count. Unbalanced or broken text is left for JSON.parse to refuse.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: the next char is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) {
      depth -= 1;
    }
  }
  return false;
}
