import type { Minutes } from './minutes.ts';

/** Labels the document needs, in the user's language. */
export type DocxLabels = { date: string; steps: string; notes: string; noNotes: string };

// Word refuses XML with C0 control characters (other than tab and line breaks) in it.
const clean = (text: string) =>
  [...text]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return code >= 0x20 || c === '\t' || c === '\n' || c === '\r';
    })
    .join('');

/**
 * The minutes as a Word document. The docx library is big, so it is loaded only here, when the
 * facilitator asks for a DOCX; it never weighs on the first load.
 */
export async function minutesToDocx(minutes: Minutes, labels: DocxLabels): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const text = (value: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ text: clean(value), ...(heading ? { heading } : {}) });
  const children = [text(minutes.title, HeadingLevel.TITLE), text(`${labels.date}: ${minutes.date}`)];
  if (minutes.steps.length > 0) {
    children.push(text(labels.steps, HeadingLevel.HEADING_1));
    minutes.steps.forEach((step, i) => children.push(text(`${i + 1}. ${step}`)));
  }
  children.push(text(labels.notes, HeadingLevel.HEADING_1));
  if (minutes.groups.length === 0) children.push(text(labels.noNotes));
  for (const group of minutes.groups) {
    children.push(text(group.heading, HeadingLevel.HEADING_2));
    for (const note of group.notes) {
      const lines = clean(note.text).split(/\r\n|\r|\n/);
      const runs = lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
      if (note.who !== null)
        runs.push(new TextRun({ text: `— ${clean(note.who)}`, break: 1, italics: true }));
      children.push(new Paragraph({ children: runs, bullet: { level: 0 } }));
    }
  }
  const doc = new Document({ creator: 'Kortstokk', title: clean(minutes.title), sections: [{ children }] });
  return Packer.toBlob(doc);
}
