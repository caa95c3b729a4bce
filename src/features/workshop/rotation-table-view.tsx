import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import type { SeatEntry } from '../../domain/pairing/rotation-table.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import type { RotationGrid } from './rotation-grid.ts';
import { cardText } from './step-cards-text.ts';

function SeatCell({ entry }: { entry: SeatEntry }) {
  const { t } = useTranslation('workshop');
  if (entry.meeting === null) return <td className="rotation-out">{t('rotation.sitsOut')}</td>;
  const [first, ...rest] = entry.partners;
  const partners = rest.length === 0 ? String(first) : t('rotation.trio', { a: first, b: rest.join(', ') });
  return (
    <td>
      <span className="rotation-partners">{partners}</span>{' '}
      <span className="rotation-meeting">{t('rotation.meeting', { n: entry.meeting })}</span>
    </td>
  );
}

/** The cards of the rounds, then one row per seat: whom they meet in each round, and where. */
export function RotationTableView({
  grid,
  decks,
  seats,
}: {
  grid: RotationGrid;
  decks: readonly Deck[];
  seats: number;
}) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const anyCard = grid.rounds.some((r) => r.card !== null);
  return (
    <>
      <h2>{t('rotation.cardsHeading')}</h2>
      {anyCard ? (
        <ol className="rotation-cards">
          {grid.rounds.map((r) => (
            <li key={r.round}>
              <span className="rotation-round">{t('rotation.round', { n: r.round })}:</span>{' '}
              {r.card ? (cardText(decks, r.card, lang) ?? r.card) : t('rotation.noCard')}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('rotation.noCards')}</p>
      )}
      <h2 id="rotation-heading">{t('rotation.tableHeading')}</h2>
      <div className="rotation-scroll" role="region" aria-labelledby="rotation-heading" tabIndex={0}>
        <table className="rotation-table">
          <caption className="visually-hidden">{t('rotation.caption', { count: seats })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rotation.seat')}</th>
              {grid.rounds.map((r) => (
                <th key={r.round} scope="col">
                  {t('rotation.round', { n: r.round })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.seat}>
                <th scope="row">{row.seat}</th>
                {row.rounds.map((entry, i) => (
                  <SeatCell key={i} entry={entry} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
