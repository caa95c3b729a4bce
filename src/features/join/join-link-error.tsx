import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import type { JoinError } from '../../domain/join/join-errors.ts';
import { JOIN_KEYS } from '../../domain/join/join-session.ts';
import { hrefFor } from '../../lib/app-route.ts';

// Only the link's own keys have a translated name; anything else is shown as it was in the link.
const KNOWN: ReadonlySet<string> = new Set(JOIN_KEYS);

/**
 * A link that could not be read: what is wrong, in plain words, and the ways back. When only the
 * seat was wrong (`chooseSeat`: the same link without it), the participant may pick a seat instead.
 */
export function JoinLinkError({ error, chooseSeat }: { error: JoinError; chooseSeat?: string | undefined }) {
  const { t } = useTranslation('join');
  const params = error.params ?? {};
  const raw = params.key ?? '';
  const key = KNOWN.has(raw) ? t(`keys.${raw}`) : raw;
  return (
    <Page title={t('linkError.title')} className="join">
      <div className="join-problem" role="alert">
        <p>{t(`linkError.${error.code}`, { key, min: params.min, max: params.max, deck: params.deck })}</p>
      </div>
      <p>{t('linkError.whatNow')}</p>
      {chooseSeat !== undefined && <p>{t('linkError.seatOnly')}</p>}
      <p className="join-actions">
        {chooseSeat !== undefined && (
          <a className="button" href={chooseSeat}>
            {t('linkError.chooseSeat')}
          </a>
        )}
        <a className={chooseSeat === undefined ? 'button' : 'button button-quiet'} href={hrefFor('/join')}>
          {t('linkError.back')}
        </a>
        <a className="button button-quiet" href={hrefFor('/')}>
          {t('backHome')}
        </a>
      </p>
    </Page>
  );
}
