import { useTranslation } from 'react-i18next';
import { addressHost, joinAddressProblem, joinAddressSeverity } from '../domain/join/join-address.ts';
import './join-address-warning.css';

type JoinAddressWarningProps = {
  /** The app's address that the join QR code carries (origin + path). */
  address: string;
  className?: string;
};

/**
 * Said above a join QR code when phones cannot use its address (localhost, a plain-http or
 * local-only address…): what is wrong, in plain words, and what to do instead. Nothing for a
 * public HTTPS address. An alert when the code leads nowhere useful; a quiet note when only
 * phones on the same network reach it. Needs the `address` namespace.
 */
export function JoinAddressWarning({ address, className }: JoinAddressWarningProps) {
  const { t } = useTranslation('address');
  const problem = joinAddressProblem(address);
  if (problem === null) return null;
  const severity = joinAddressSeverity(problem);
  const classes = ['address-warning', `address-warning-${severity}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} role={severity === 'alert' ? 'alert' : 'note'} data-problem={problem}>
      <p className="address-warning-title">{t(`title.${problem}`)}</p>
      <p>{t(`why.${problem}`, { host: addressHost(address) })}</p>
      <p>{t(severity === 'alert' ? 'instead' : 'insteadNote')}</p>
    </div>
  );
}
