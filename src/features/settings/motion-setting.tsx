import { useTranslation } from 'react-i18next';
import { selectMotionPref } from '../../store/selectors.ts';
import type { MotionPref } from '../../store/prefs-slice.ts';
import { useAppStore } from '../../store/store.ts';

const OPTIONS: { value: MotionPref; key: string }[] = [
  { value: 'system', key: 'settings.motionSystem' },
  { value: 'reduce', key: 'settings.motionReduce' },
  { value: 'allow', key: 'settings.motionAllow' },
];

/** The in-app switch for motion, on top of the device's reduced-motion setting. */
export function MotionSetting() {
  const { t } = useTranslation();
  const motion = useAppStore(selectMotionPref);
  const setMotion = useAppStore((s) => s.setMotion);
  return (
    <fieldset className="setting">
      <legend>
        <h2>{t('settings.motion')}</h2>
      </legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name="motion"
            value={option.value}
            checked={motion === option.value}
            onChange={() => setMotion(option.value)}
          />
          {t(option.key)}
        </label>
      ))}
    </fieldset>
  );
}
