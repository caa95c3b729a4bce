import { useTranslation } from 'react-i18next';
import './presenter-side.css';

/** The keys, in the order a facilitator needs them; clickers send PageDown/PageUp and B or «.». */
const KEYS: readonly [keys: readonly string[], action: string][] = [
  [['PageDown', '→', '↓'], 'next'],
  [['PageUp', '←', '↑'], 'previous'],
  [['Space'], 'timer'],
  [['+'], 'extend'],
  [['B', '.'], 'blank'],
  [['F'], 'fullscreen'],
  [['M'], 'mute'],
  [['Q'], 'qr'],
  [['Esc'], 'escape'],
  [['?'], 'legend'],
];

export const KEY_LEGEND_ID = 'presenter-keys';

/** The discreet list of presenter keys, toggled with «?». */
export function KeyLegend({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('presenter');
  return (
    <section id={KEY_LEGEND_ID} className="key-legend" aria-labelledby={`${KEY_LEGEND_ID}-title`}>
      <h2 id={`${KEY_LEGEND_ID}-title`}>{t('legend.title')}</h2>
      <dl>
        {KEYS.map(([keys, action]) => (
          <div key={action} className="key-legend-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k === 'Space' ? t('legend.space') : k}</kbd>
              ))}
            </dt>
            <dd>{t(`legend.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="key-legend-note">{t('legend.typing')}</p>
      <button type="button" className="button button-quiet" onClick={onClose}>
        {t('legend.close')}
      </button>
    </section>
  );
}
