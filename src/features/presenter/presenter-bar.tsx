import { useTranslation } from 'react-i18next';
import { blurAfterClick } from './blur-after-click.ts';
import { JOIN_QR_ID } from './join-qr-view.tsx';
import { KEY_LEGEND_ID } from './key-legend.tsx';

type PresenterBarProps = {
  where: string;
  leaveHref: string;
  legendOpen: boolean;
  qrOpen: boolean;
  fullscreenSupported: boolean;
  onOpenAudience: () => void;
  onFullscreen: () => void;
  onToggleLegend: () => void;
  onToggleQr: () => void;
};

/** The top line of the presenter window: where the run is, and the window-level actions. */
export function PresenterBar(props: PresenterBarProps) {
  const { where, leaveHref, legendOpen, qrOpen, fullscreenSupported } = props;
  const { onOpenAudience, onFullscreen, onToggleLegend, onToggleQr } = props;
  const { t } = useTranslation('presenter');
  return (
    <div className="presenter-bar" inert={qrOpen}>
      <p className="presenter-where">{where}</p>
      <div className="presenter-bar-actions" onClick={blurAfterClick}>
        <button type="button" className="button" onClick={onOpenAudience}>
          {t('controls.audience')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={qrOpen}
          aria-controls={qrOpen ? JOIN_QR_ID : undefined}
          onClick={onToggleQr}
        >
          {t('controls.qr')}
        </button>
        {fullscreenSupported && (
          <button type="button" className="button button-quiet" onClick={onFullscreen}>
            {t('controls.fullscreen')}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={legendOpen}
          aria-controls={legendOpen ? KEY_LEGEND_ID : undefined}
          onClick={onToggleLegend}
        >
          {t('controls.keys')}
        </button>
        <a className="button button-quiet" href={leaveHref}>
          {t('controls.leave')}
        </a>
      </div>
    </div>
  );
}
