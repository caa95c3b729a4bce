import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { createTimer } from '../../domain/timer/timer-state.ts';
import type { RunSheet, Step } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import { useWakeLock } from '../../hooks/use-wake-lock.ts';
import { currentAppBase } from '../../lib/app-base.ts';
import { joinQrOf } from './join-qr.ts';
import { JoinQrView } from './join-qr-view.tsx';
import { clampPosition } from './presenter-nav.ts';
import { Stage } from './stage.tsx';
import { roundsOf, speedDateTable, stepShow } from './step-show.ts';
import { useAudience } from './use-audience.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useTimerView } from './use-timer-view.ts';

type AudienceViewProps = {
  runId: string;
  sheet: RunSheet & { readonly steps: readonly [Step, ...Step[]] };
  session: WorkshopSession | null;
  decks: readonly Deck[];
};

/**
 * The projector's window: only the card, the instructions and the timer (and the join QR code
 * when the presenter shows it), drawn from what the presenter window broadcasts. Clicker keys pressed here are passed on to the presenter; F
 * makes this window fullscreen (it must be pressed here: fullscreen needs this window's gesture).
 */
export function AudienceView({ runId, sheet, session, decks }: AudienceViewProps) {
  const { t } = useTranslation('presenter');
  const lang = useContentLang();
  const { snapshot, ended, send } = useAudience(runId);
  const fullscreen = useFullscreen();
  useWakeLock(true);
  const rounds = useMemo(() => sheet.steps.map((s) => roundsOf(s, session)), [sheet, session]);
  const position = clampPosition(snapshot ?? { step: 0, round: 0 }, rounds);
  const step = sheet.steps[position.step] ?? sheet.steps[0];
  const idle = useMemo(() => createTimer(step.durationMs), [step.durationMs]);
  const timer = useTimerView(snapshot?.timer ?? idle);
  const table = useMemo(() => speedDateTable(step, decks, session), [step, decks, session]);
  const show = stepShow(step, decks, position.round, table);
  const blank = ended || (snapshot?.blank ?? false);
  const appBase = currentAppBase();
  const joinQr = useMemo(() => joinQrOf(session, sheet, appBase), [session, sheet, appBase]);
  const qrShown = !ended && (snapshot?.qr ?? false);

  const next = () => send('next');
  const previous = () => send('previous');
  const toggleBlank = () => send('toggle-blank');
  useHotkeys({
    PageDown: next,
    ArrowRight: next,
    ArrowDown: next,
    PageUp: previous,
    ArrowLeft: previous,
    ArrowUp: previous,
    ' ': () => send('toggle-timer'),
    b: toggleBlank,
    B: toggleBlank,
    '.': toggleBlank,
    f: fullscreen.toggle,
    F: fullscreen.toggle,
    q: () => send('toggle-qr'),
    Q: () => send('toggle-qr'),
    Escape: () => (qrShown ? send('hide-qr') : fullscreen.exit()),
  });

  return (
    <Page title={localize(sheet.title, lang).text} className="presenter presenter-audience" hideTitle>
      {snapshot === null && !ended && <p className="audience-wait">{t('audience.waiting')}</p>}
      {ended && <p className="audience-wait">{t('audience.ended')}</p>}
      <Stage
        step={step}
        stepIndex={position.step}
        steps={sheet.steps.length}
        round={position.round}
        rounds={rounds[position.step] ?? 1}
        show={show}
        decks={decks}
        timer={timer}
        blank={blank}
      />
      {qrShown && <JoinQrView qr={joinQr} appBase={appBase} />}
    </Page>
  );
}
