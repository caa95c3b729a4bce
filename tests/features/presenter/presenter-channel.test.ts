import { afterEach, describe, expect, it } from 'vitest';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { start } from '../../../src/domain/timer/timer-actions.ts';
import {
  openPresenterChannel,
  parsePresenterMessage,
  presenterChannelName,
  type PresenterChannel,
  type PresenterMessage,
} from '../../../src/lib/presenter-channel.ts';
import { serializeTimer } from '../../../src/domain/timer/timer-storage.ts';

const timer = start(createTimer(120_000), 1_000_000);
const state = { step: 1, round: 0, timer, blank: false, muted: true, qr: true };

const opened: PresenterChannel[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

describe('presenter channel', () => {
  it('is named per run', () => {
    expect(presenterChannelName('abc')).toBe('kortstokk-presenter-abc');
  });

  it('accepts only well-formed messages', () => {
    const wire = { type: 'state', state: { ...state, timer: serializeTimer(timer) } };
    expect(parsePresenterMessage(wire)).toEqual({ type: 'state', state });
    // The version before the QR view sent no `qr`: read as not shown.
    const { qr: _qr, ...older } = wire.state;
    expect(parsePresenterMessage({ type: 'state', state: older })).toEqual({
      type: 'state',
      state: { ...state, qr: false },
    });
    expect(parsePresenterMessage({ type: 'command', command: 'toggle-qr' })).toEqual({
      type: 'command',
      command: 'toggle-qr',
    });
    expect(parsePresenterMessage({ type: 'request' })).toEqual({ type: 'request' });
    expect(parsePresenterMessage({ type: 'command', command: 'next' })).toEqual({
      type: 'command',
      command: 'next',
    });
    const bad = [
      null,
      'state',
      { type: 'command', command: 'reload' },
      { type: 'state', state: { ...wire.state, step: -1 } },
      { type: 'state', state: { ...wire.state, round: 1.5 } },
      { type: 'state', state: { ...wire.state, blank: 'yes' } },
      { type: 'state', state: { ...wire.state, qr: 'yes' } },
      { type: 'state', state: { ...wire.state, timer: '{"type":"other"}' } },
      { type: 'state', state: { ...state } },
    ];
    for (const data of bad) expect(parsePresenterMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('carries the state between two windows of the same run only', async () => {
    const got: PresenterMessage[] = [];
    const other: PresenterMessage[] = [];
    const presenter = openPresenterChannel('run-1', () => undefined);
    const audience = openPresenterChannel('run-1', (m) => got.push(m));
    const stranger = openPresenterChannel('run-2', (m) => other.push(m));
    opened.push(presenter, audience, stranger);
    presenter.post({ type: 'state', state });
    await expect.poll(() => got).toEqual([{ type: 'state', state }]);
    expect(other).toEqual([]);
  });
});
