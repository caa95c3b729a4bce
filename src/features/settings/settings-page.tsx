import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { MotionSetting } from './motion-setting.tsx';

/** Per-device settings: language and motion. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')}>
      <LanguageSetting />
      <MotionSetting />
      <p className="help">
        {t('settings.version')}: <span data-testid="build-id">{__BUILD_ID__}</span>
      </p>
    </Page>
  );
}
