import { useTranslation } from 'react-i18next';

/** The keys, in the order a facilitator needs them; clickers send PageDown/PageUp and B or «.». */
const KEYS: readonly [keys: readonly string[], action: string][] = [
  [['PageDown', '→'], 'next'],
  [['PageUp', '←'], 'previous'],
  [['Space', 'B', '.'], 'reveal'],
  [['V'], 'all'],
  [['A'], 'authors'],
  [['O'], 'cloud'],
  [['?'], 'legend'],
  [['Esc'], 'leave'],
];

/** The projector's keys, shown small at the foot of the screen until «?» hides them. */
export function ProjectorLegend({ id }: { id: string }) {
  const { t } = useTranslation('notes');
  return (
    <section id={id} className="projector-legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('projector.legend.title')}
      </h2>
      <dl>
        {KEYS.map(([keys, action]) => (
          <div key={action} className="projector-legend-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k === 'Space' ? t('projector.legend.space') : k}</kbd>
              ))}
            </dt>
            <dd>{t(`projector.legend.${action}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
