import type { JournalDoc } from './journal-document.ts';

/** The journal document as HTML, for the print view; every text is rendered as text. */
export function JournalDocView({ doc }: { doc: JournalDoc }) {
  const { labels } = doc;
  return (
    <div className="journal-doc">
      <p className="journal-doc-title">{labels.title}</p>
      <p className="help">{doc.exportedLine}</p>
      <h2>{labels.entries}</h2>
      {doc.sections.length === 0 && <p>{labels.noEntries}</p>}
      {doc.sections.map((section, i) => (
        <section key={i} className="journal-doc-section">
          <h3>{section.heading}</h3>
          {section.entries.map((entry, j) => (
            <div key={j} className="journal-doc-entry">
              <p className="journal-doc-date">{entry.date}</p>
              <p className="journal-entry-text">{entry.text}</p>
            </div>
          ))}
        </section>
      ))}
      {doc.assessments.length > 0 && <h2>{labels.assessments}</h2>}
      {doc.assessments.map((assessment, i) => (
        <table key={i} className="assessment-table journal-doc-table">
          <caption>{assessment.date}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.function}</th>
              <th scope="col">{labels.score}</th>
              <th scope="col">{labels.note}</th>
            </tr>
          </thead>
          <tbody>
            {assessment.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.score}</td>
                <td className="assessment-table-note">{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
