import type { JournalDoc } from './journal-document.ts';

/**
 * The journal as a Word document (DOCX). The `docx` library is big and only this export needs it,
 * so it is loaded here, on the user's click, and never with the app (it is precached for offline).
 */
export async function journalToDocx(doc: JournalDoc): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
    await import('docx');
  const { labels } = doc;
  // Line breaks inside an answer stay line breaks (a run per line).
  const lines = (text: string) =>
    text.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({ text: labels.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: doc.exportedLine }),
    new Paragraph({ text: labels.entries, heading: HeadingLevel.HEADING_1 }),
  ];
  if (doc.sections.length === 0) children.push(new Paragraph({ text: labels.noEntries }));
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    for (const entry of section.entries) {
      children.push(new Paragraph({ children: [new TextRun({ text: entry.date, bold: true })] }));
      children.push(new Paragraph({ children: lines(entry.text) }));
    }
  }
  if (doc.assessments.length > 0) {
    children.push(new Paragraph({ text: labels.assessments, heading: HeadingLevel.HEADING_1 }));
    for (const assessment of doc.assessments) {
      children.push(new Paragraph({ text: assessment.date, heading: HeadingLevel.HEADING_2 }));
      const header = new TableRow({
        tableHeader: true,
        children: [cell(labels.function, true), cell(labels.score, true), cell(labels.note, true)],
      });
      const rows = assessment.rows.map(
        (row) => new TableRow({ children: [cell(row.label), cell(String(row.score)), cell(row.note)] }),
      );
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }));
    }
  }
  const file = new Document({ title: labels.title, creator: 'Kortstokk', sections: [{ children }] });
  return Packer.toBlob(file);
}
