import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { RunSheet, Step } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { currentAppBase } from '../../lib/app-base.ts';
import { FacilitatorPanel } from './facilitator-panel.tsx';
import { joinQrOf } from './join-qr.ts';
import { JoinQrView } from './join-qr-view.tsx';
import { KeyLegend } from './key-legend.tsx';
import { presentHref, workshopHref, type PresentSource } from './present-query.ts';
import { PresenterBar } from './presenter-bar.tsx';
import { PresenterControls } from './presenter-controls.tsx';
import { Stage } from './stage.tsx';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useEscapeLadder } from './use-escape-ladder.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { usePresenter } from './use-presenter.ts';
import { usePresenterKeys } from './use-presenter-keys.ts';
import { navigate } from '../../lib/app-route.ts';
import { useRoomPresenter } from './use-room-presenter.ts';

type PresenterViewProps = {
  runId: string;
  source: PresentSource;
  sheet: RunSheet & { readonly steps: readonly [Step, ...Step[]] };
  session: WorkshopSession | null;
  decks: readonly Deck[];
};

/** The audience window's name: a second click brings the same window back instead of a new one. */
const AUDIENCE_WINDOW = 'kortstokk-audience';

/**
 * The facilitator's window: the stage as the room sees it, the controls, the steps, what comes
 * next, the card's hints and notes. Fullscreen (F) shows the stage alone, for a single window
 * on the projector; with an audience window, this one stays the laptop's console.
 */
export function PresenterView({ runId, source, sheet, session, decks }: PresenterViewProps) {
  const { t } = useTranslation('presenter');
  const lang = useContentLang();
  const p = usePresenter({ runId, sheet, session, decks });
  const fullscreen = useFullscreen();
  const [legend, setLegend] = useState(false);
  const appBase = currentAppBase();
  const room = useRoomPresenter(session?.id ?? null, {
    step: p.position.step,
    round: p.position.round,
    timer: p.timer.state,
  });
  // Only while the room lives: an ended room's link would be refused.
  const roomLink = room.link;
  const joinQr = useMemo(
    () => joinQrOf(session, sheet, appBase, roomLink),
    // The link's values are fixed per room: its id names them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, sheet, appBase, roomLink?.id],
  );
  const leave = () => {
    navigate(workshopHref(source));
  };
  const ladder = useEscapeLadder(
    [
      () => legend && (setLegend(false), true),
      () => p.qr && (p.actions.setQr(false), true),
      () => p.blank && (p.actions.setBlank(false), true),
      () => fullscreen.active && (fullscreen.exit(), true),
    ],
    leave,
  );
  usePresenterKeys({
    next: p.actions.next,
    previous: p.actions.previous,
    toggleTimer: p.actions.toggleTimer,
    extend: () => p.timer.extend(60_000),
    toggleBlank: p.actions.toggleBlank,
    toggleMute: () => p.actions.setMuted(!p.muted),
    toggleFullscreen: fullscreen.toggle,
    toggleLegend: () => setLegend((v) => !v),
    toggleQr: p.actions.toggleQr,
    escape: ladder.escape,
    anyOther: ladder.disarm,
  });
  const openAudience = () => {
    window.open(presentHref(source, true), AUDIENCE_WINDOW, 'popup');
  };

  const rounds = p.rounds[p.position.step] ?? 1;
  const where = [
    t('progress', { step: p.position.step + 1, steps: sheet.steps.length }),
    t(`format.${p.step.format}`),
    ...(rounds > 1 ? [t('round', { round: p.position.round + 1, rounds })] : []),
  ].join(' · ');
  const showConsole = !fullscreen.active;
  return (
    <Page
      title={localize(sheet.title, lang).text}
      className={showConsole ? 'presenter presenter-console' : 'presenter presenter-full'}
      hideTitle={!showConsole}
    >
      {showConsole && (
        <PresenterBar
          where={where}
          leaveHref={workshopHref(source)}
          legendOpen={legend}
          qrOpen={p.qr}
          fullscreenSupported={fullscreen.supported}
          onOpenAudience={openAudience}
          onFullscreen={fullscreen.toggle}
          onToggleLegend={() => setLegend((v) => !v)}
          onToggleQr={p.actions.toggleQr}
        />
      )}
      <p className="visually-hidden" role="status">
        {where}
      </p>
      {/* Under the QR view (which covers the window), the controls leave the tab order. */}
      <div className="presenter-layout" inert={p.qr}>
        <div className="presenter-main">
          <Stage
            step={p.step}
            stepIndex={p.position.step}
            steps={sheet.steps.length}
            round={p.position.round}
            rounds={rounds}
            show={p.show}
            decks={decks}
            timer={p.timer}
            blank={p.blank}
          />
          {showConsole && (
            <PresenterControls
              timer={p.timer}
              muted={p.muted}
              blank={p.blank}
              onPrevious={p.actions.previous}
              onNext={p.actions.next}
              onMutedChange={p.actions.setMuted}
              onBlankChange={p.actions.setBlank}
            />
          )}
        </div>
        {showConsole && (
          <FacilitatorPanel
            sheet={sheet}
            sessionId={session?.id ?? null}
            position={p.position}
            rounds={p.rounds}
            show={p.show}
            decks={decks}
            onGoToStep={p.actions.goToStep}
          />
        )}
      </div>
      {p.qr && <JoinQrView qr={joinQr} appBase={appBase} onClose={() => p.actions.setQr(false)} />}
      {legend && showConsole && <KeyLegend onClose={() => setLegend(false)} />}
      {ladder.armed && (
        <p className="presenter-esc" role="status">
          {t('escAgain')}
        </p>
      )}
    </Page>
  );
}
