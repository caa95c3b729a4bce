import type { TimerState } from '../domain/timer/timer-state.ts';
import { parseTimer, serializeTimer } from '../domain/timer/timer-storage.ts';

/**
 * Keeps the presenter window and the audience window (two tabs of the app on one laptop) in step
 * over a BroadcastChannel: no network, same origin only. The presenter owns the state and sends it
 * whole on every change; the audience only draws it, asks for it when it opens late, and forwards
 * the clicker keys pressed in its own window.
 */

/** What the audience window draws: where the run is, and the timer as timestamps (never a count). */
export type PresenterSnapshot = {
  /** 0-based step index. */
  readonly step: number;
  /** 0-based round within a speed-date step (0 for other formats). */
  readonly round: number;
  readonly timer: TimerState;
  readonly blank: boolean;
  readonly muted: boolean;
  /** The join QR code is shown large (the audience window shows it too). */
  readonly qr: boolean;
};

/** A key the audience window passes on to the presenter. */
export type PresenterCommand =
  'next' | 'previous' | 'toggle-timer' | 'toggle-blank' | 'toggle-qr' | 'hide-qr';

export type PresenterMessage =
  | { readonly type: 'state'; readonly state: PresenterSnapshot }
  /** An audience window opened (or reloaded) and wants the current state. */
  | { readonly type: 'request' }
  | { readonly type: 'command'; readonly command: PresenterCommand }
  /** The presenter left presenting. */
  | { readonly type: 'closed' };

const COMMANDS: readonly string[] = [
  'next',
  'previous',
  'toggle-timer',
  'toggle-blank',
  'toggle-qr',
  'hide-qr',
];
const MAX_INDEX = 10_000;

/** The channel name for one presented run (a session id, a sheet id or `template:<id>`). */
export function presenterChannelName(runId: string): string {
  return `kortstokk-presenter-${runId}`;
}

const isIndex = (x: unknown): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= MAX_INDEX;

function parseSnapshot(raw: unknown): PresenterSnapshot | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const timer = typeof o.timer === 'string' ? parseTimer(o.timer) : null;
  if (!timer || !isIndex(o.step) || !isIndex(o.round)) return null;
  if (typeof o.blank !== 'boolean' || typeof o.muted !== 'boolean') return null;
  // A window of the version before the QR view sends no `qr`: it shows none.
  if (o.qr !== undefined && typeof o.qr !== 'boolean') return null;
  return { step: o.step, round: o.round, timer, blank: o.blank, muted: o.muted, qr: o.qr === true };
}

/** Reads a message from the channel; null for anything that is not one (other code, other versions). */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const o = data as Record<string, unknown>;
  if (o.type === 'request' || o.type === 'closed') return { type: o.type };
  if (o.type === 'command')
    return typeof o.command === 'string' && COMMANDS.includes(o.command)
      ? { type: 'command', command: o.command as PresenterCommand }
      : null;
  if (o.type !== 'state') return null;
  const state = parseSnapshot(o.state);
  return state ? { type: 'state', state } : null;
}

/** The message as sent: the timer travels in its storage form, so both ends validate it the same way. */
function toWire(message: PresenterMessage): unknown {
  if (message.type !== 'state') return message;
  return { type: 'state', state: { ...message.state, timer: serializeTimer(message.state.timer) } };
}

export type PresenterChannel = {
  post: (message: PresenterMessage) => void;
  close: () => void;
};

/**
 * Opens the channel of one run; `onMessage` receives only valid messages from other windows.
 * Without BroadcastChannel the returned channel does nothing (one window still works).
 */
export function openPresenterChannel(
  runId: string,
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(presenterChannelName(runId));
  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresenterMessage(event.data);
    if (message) onMessage(message);
  };
  let closed = false;
  return {
    post: (message) => {
      if (closed) return;
      try {
        channel.postMessage(toWire(message));
      } catch {
        // A closed or broken channel: the other window simply stops following.
      }
    },
    close: () => {
      closed = true;
      channel.close();
    },
  };
}
