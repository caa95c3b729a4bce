// User text goes into Markdown minutes as text, never as structure. Characters that make inline
// structure (emphasis, code, links, raw HTML, tables, headings, strike-through) are escaped
// wherever they stand; those that only mean something at the start of a line (lists, setext
// underlines, thematic breaks) are escaped there too. Leading indentation is dropped because
// four spaces would turn a line into a code block. '&' is left alone: an entity only ever
// renders as a character, never as a tag.

const INLINE = /[\\`*_[\]<>#|~]/g;
const LINE_START = /^([-+=]|\d+[.)])/;

/** Escapes user text for a spot inside a line (a heading, after a label): breaks become spaces. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, (c) => `\\${c}`);
}

/** Escapes one line of user text that will start a line (or follow a list bullet). */
export function escapeMarkdownLine(line: string): string {
  return escapeMarkdownText(line).replace(LINE_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** Escapes multi-line user text into lines (blank lines kept, runs of them collapsed, ends trimmed). */
export function escapeMarkdownBlock(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/).map(escapeMarkdownLine)) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}
