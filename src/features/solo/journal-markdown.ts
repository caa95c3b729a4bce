import {
  escapeMarkdownBlock,
  escapeMarkdownLine,
  escapeMarkdownText,
} from '../../domain/notes/markdown-escape.ts';
import type { JournalDoc } from './journal-document.ts';

const cell = (text: string) => escapeMarkdownText(text) || ' ';

/**
 * The journal as Markdown: headings per card, each answer dated, assessments as tables. Every
 * piece of user and card text is escaped, so nothing written in the journal becomes structure.
 */
export function journalToMarkdown(doc: JournalDoc): string {
  const { labels } = doc;
  const out: string[] = [
    `# ${escapeMarkdownText(labels.title)}`,
    '',
    escapeMarkdownLine(doc.exportedLine),
    '',
  ];
  out.push(`## ${escapeMarkdownText(labels.entries)}`, '');
  if (doc.sections.length === 0) out.push(escapeMarkdownLine(labels.noEntries), '');
  for (const section of doc.sections) {
    out.push(`### ${escapeMarkdownText(section.heading)}`, '');
    for (const entry of section.entries) {
      out.push(`**${escapeMarkdownText(entry.date)}**`, '');
      const lines = escapeMarkdownBlock(entry.text);
      // Quoted, so a blank line inside an answer keeps it one block under its date.
      out.push(...lines.map((line) => (line === '' ? '>' : `> ${line}`)), '');
    }
  }
  if (doc.assessments.length > 0) {
    out.push(`## ${escapeMarkdownText(labels.assessments)}`, '');
    for (const assessment of doc.assessments) {
      out.push(`### ${escapeMarkdownText(assessment.date)}`, '');
      out.push(
        `| ${cell(labels.function)} | ${cell(labels.score)} | ${cell(labels.note)} |`,
        '| --- | --- | --- |',
      );
      for (const row of assessment.rows)
        out.push(`| ${cell(row.label)} | ${row.score} | ${cell(row.note)} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
