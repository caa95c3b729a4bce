import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import type { RunSheet, Step } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useTimer } from '../../hooks/use-timer.ts';
import { useWakeLock } from '../../hooks/use-wake-lock.ts';
import {
  openPresenterChannel,
  type PresenterChannel,
  type PresenterCommand,
  type PresenterMessage,
} from '../../lib/presenter-channel.ts';
import { useAppStore } from '../../store/store.ts';
import { nextPosition, previousPosition, samePosition, type Position } from './presenter-nav.ts';
import { roundsOf, speedDateTable, stepShow } from './step-show.ts';
import { useEndChime } from './use-end-chime.ts';
import { timerKey } from '../../lib/run-keys.ts';
import { useRunSettings } from './use-run-settings.ts';

type Args = {
  runId: string;
  sheet: RunSheet & { readonly steps: readonly [Step, ...Step[]] };
  session: WorkshopSession | null;
  decks: readonly Deck[];
};

const HOLD_OWNER = 'presenter';

/**
 * The presenter window's run: position, blank and sound (kept over a reload), the current step's
 * timer (one per step and round, in sessionStorage), the chime at the end, the update banner held
 * while a timer runs, the screen kept awake, the big join QR code (shown or not), and the audience
 * window kept in step.
 */
export function usePresenter({ runId, sheet, session, decks }: Args) {
  const rounds = useMemo(() => sheet.steps.map((s) => roundsOf(s, session)), [sheet, session]);
  const settings = useRunSettings(runId, rounds);
  const { position, blank, muted } = settings;
  // The big join QR code: for the moment only, so a reload never opens it again.
  const [qr, setQr] = useState(false);
  const step = sheet.steps[position.step] ?? sheet.steps[0];
  const table = useMemo(() => speedDateTable(step, decks, session), [step, decks, session]);
  const show = stepShow(step, decks, position.round, table);

  const timer = useTimer({
    storageKey: timerKey(runId, step.id, position.round),
    durationMs: step.durationMs,
    onMilestone: (m) => {
      if (m === 'ended') endChime.onEnded();
    },
  });
  const running = timer.status === 'running';
  const endChime = useEndChime(timer.state, running, muted);

  useEffect(() => {
    if (!running) return;
    useAppStore.getState().holdUpdate(HOLD_OWNER);
    return () => useAppStore.getState().releaseUpdate(HOLD_OWNER);
  }, [running]);
  useWakeLock(true);

  const go = (next: Position) => {
    if (!samePosition(next, position)) settings.setPosition(next);
  };
  const actions = {
    next: () => go(nextPosition(position, rounds)),
    previous: () => go(previousPosition(position, rounds)),
    goToStep: (index: number) => go({ step: index, round: 0 }),
    toggleTimer: () => timer.toggle(),
    toggleBlank: () => settings.setBlank(!blank),
    setBlank: settings.setBlank,
    setMuted: settings.setMuted,
    toggleQr: () => setQr((shown) => !shown),
    setQr,
  };

  const channel = useRef<PresenterChannel | null>(null);
  const state = { step: position.step, round: position.round, timer: timer.state, blank, muted, qr };
  const COMMANDS: Record<PresenterCommand, () => void> = {
    next: actions.next,
    previous: actions.previous,
    'toggle-timer': actions.toggleTimer,
    'toggle-blank': actions.toggleBlank,
    'toggle-qr': actions.toggleQr,
    'hide-qr': () => setQr(false),
  };
  const onMessage = useEffectEvent((message: PresenterMessage) => {
    if (message.type === 'request') channel.current?.post({ type: 'state', state });
    else if (message.type === 'command') COMMANDS[message.command]();
  });
  useEffect(() => {
    const opened = openPresenterChannel(runId, (m) => onMessage(m));
    channel.current = opened;
    return () => {
      opened.post({ type: 'closed' });
      opened.close();
      channel.current = null;
    };
  }, [runId]);
  useEffect(() => {
    const timerState = timer.state;
    channel.current?.post({
      type: 'state',
      state: { step: position.step, round: position.round, timer: timerState, blank, muted, qr },
    });
  }, [position.step, position.round, timer.state, blank, muted, qr]);

  return { step, position, rounds, show, timer, blank, muted, qr, actions };
}
