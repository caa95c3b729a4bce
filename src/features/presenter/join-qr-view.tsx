import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinAddressWarning } from '../../components/join-address-warning.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { displayUrl } from '../../domain/join/join-url.ts';
import type { JoinQr } from './join-qr.ts';
import './join-qr-view.css';

export const JOIN_QR_ID = 'presenter-join-qr';

type JoinQrViewProps = {
  qr: JoinQr;
  /** The app's address the link is made from: checked for phones on the presenter's side. */
  appBase: string;
  /** Given in the presenter window: a close button, the address warning, and why there is no code. */
  onClose?: () => void;
};

/**
 * The join QR code over the whole screen, for late arrivals: the code, the address and the short
 * code in projector sizes. The presenter window also says when phones cannot use the address,
 * and, without a group, how to get one; the audience window shows the code only.
 */
export function JoinQrView({ qr, appBase, onClose }: JoinQrViewProps) {
  const { t } = useTranslation('presenter');
  const presenterWindow = onClose !== undefined;
  const titleId = `${JOIN_QR_ID}-title`;
  // In the presenter window, focus moves into the view (what was focused is now covered and
  // inert), so a screen reader reads it; the view itself takes no key, so the clicker's Space
  // and arrows still steer the run.
  const view = useRef<HTMLElement>(null);
  useEffect(() => {
    if (presenterWindow) view.current?.focus({ preventScroll: true });
  }, [presenterWindow]);
  if (qr.status !== 'ready') {
    if (!presenterWindow) return null;
    return (
      <section
        ref={view}
        id={JOIN_QR_ID}
        className="join-qr-view join-qr-none"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <h2 id={titleId}>{t('qr.noGroupTitle')}</h2>
        <p>{t(qr.status === 'invalid' ? 'qr.invalid' : 'qr.noGroup')}</p>
        <button type="button" className="button" onClick={onClose}>
          {t('qr.close')}
        </button>
      </section>
    );
  }
  return (
    <section
      ref={view}
      id={JOIN_QR_ID}
      className="join-qr-view"
      aria-labelledby={titleId}
      tabIndex={presenterWindow ? -1 : undefined}
    >
      {presenterWindow && <JoinAddressWarning address={appBase} />}
      <div className="join-qr-panel">
        <QrCode value={qr.url} label={t('qr.label')} className="join-qr-image" />
        <div className="join-qr-text">
          <h2 id={titleId}>{t('qr.title')}</h2>
          <p className="join-qr-scan">{t('qr.scan')}</p>
          <p className="join-qr-url">{displayUrl(qr.url)}</p>
          <p className="join-qr-code">
            {t('qr.code')} <strong>{qr.code}</strong>
          </p>
          {presenterWindow && (
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t('qr.close')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
