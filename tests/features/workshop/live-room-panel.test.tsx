// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LiveRoomPanel } from '../../../src/features/workshop/live-room-panel.tsx';
import type { HostRoom } from '../../../src/hooks/use-host-room.ts';
import { initI18n } from '../../../src/i18n/init.ts';
import type { RoomKeys } from '../../../src/storage/room-keys.ts';

beforeAll(async () => {
  await initI18n('nb');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The origin's answer to `GET room`: Kortstokk's server, or a static host's index.html. */
function serve(kind: 'room' | 'static') {
  const fetchFn = vi.fn(async () =>
    kind === 'room'
      ? new Response('{"room":1}', { headers: { 'content-type': 'application/json' } })
      : new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
  );
  vi.stubGlobal('fetch', fetchFn);
  return fetchFn;
}

function room(extra: Partial<HostRoom> = {}): HostRoom {
  return {
    loaded: true,
    keys: null,
    status: null,
    ended: null,
    link: null,
    seats: 0,
    connection: null,
    start: vi.fn(async () => undefined),
    remove: vi.fn(async () => true),
    ...extra,
  };
}

const LIVE = { roomId: 'r1', sessionId: 's1' } as unknown as RoomKeys;

describe('LiveRoomPanel', () => {
  it('on a static host offers no room and says why', async () => {
    const fetchFn = serve('static');
    render(<LiveRoomPanel sessionId="s1" room={room()} />);
    expect(await screen.findByText(/Direkte rom krever Kortstokks egen server/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start direkte rom' })).toBeNull();
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('where the server runs rooms, «Start direkte rom» starts one', async () => {
    serve('room');
    const host = room();
    render(<LiveRoomPanel sessionId="s1" room={host} />);
    const start = await screen.findByRole('button', { name: 'Start direkte rom' });
    await act(async () => void fireEvent.click(start));
    expect(host.start).toHaveBeenCalledTimes(1);
  });

  it('says when the room could not start', async () => {
    serve('room');
    const host = room({ start: vi.fn(() => Promise.reject(new Error('no crypto'))) });
    render(<LiveRoomPanel sessionId="s1" room={host} />);
    const start = await screen.findByRole('button', { name: 'Start direkte rom' });
    await act(async () => void fireEvent.click(start));
    expect(screen.getByText('Rommet kunne ikke startes. Prøv igjen.')).toBeTruthy();
  });

  it('shows a live room: its state, the phones, the wall; deleting asks first and says when it failed', async () => {
    serve('room');
    const host = room({
      keys: LIVE,
      status: { state: 'connected' },
      seats: 2,
      remove: vi.fn(async () => false),
    });
    render(<LiveRoomPanel sessionId="s1" room={host} />);
    expect(screen.getAllByRole('status')[0]!.textContent).toBe('Rommet: Tilkoblet · 2 mobiler tilkoblet');
    expect(screen.getByRole('link', { name: 'Åpne notatveggen' }).getAttribute('href')).toMatch(
      /\/notes\/\?session=s1$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Slett rommet' }));
    expect(host.remove).not.toHaveBeenCalled();
    expect(screen.getByText(/^Slette rommet\?/)).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Slett rommet' })));
    expect(host.remove).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Rommet kunne ikke slettes nå. Koble til nettet og prøv igjen.')).toBeTruthy();
  });

  it('says when the room has ended, offers a new room, or forgets the old one', async () => {
    serve('room');
    const host = room({
      keys: LIVE,
      status: { state: 'refused', reason: 'room-expired' },
      ended: 'expired',
    });
    render(<LiveRoomPanel sessionId="s1" room={host} />);
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/^Rommet er avsluttet: det er utløpt/);
    expect(
      screen.getByText(/gamle QR-koder, plasskort og lenker til rommet virker ikke lenger/),
    ).toBeTruthy();
    // An ended room has no wall link and no «Slett rommet»: the server already refuses it.
    expect(screen.queryByRole('link', { name: 'Åpne notatveggen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Slett rommet' })).toBeNull();
    const startNew = await screen.findByRole('button', { name: 'Start et nytt rom' });
    await act(async () => void fireEvent.click(startNew));
    expect(host.start).toHaveBeenCalledTimes(1);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Glem rommet' })));
    expect(host.remove).toHaveBeenCalledTimes(1);
  });

  it('says «kobler til igjen» and «uten nett» as the connection goes', () => {
    serve('room');
    const { rerender } = render(
      <LiveRoomPanel sessionId="s1" room={room({ keys: LIVE, status: { state: 'reconnecting' } })} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Rommet: Kobler til igjen …');
    rerender(<LiveRoomPanel sessionId="s1" room={room({ keys: LIVE, status: { state: 'offline' } })} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Rommet: Uten nett/);
  });
});

describe('LiveRoomPanel without a network', () => {
  it('does not ask the server, says a room needs the network, and asks once it is back', async () => {
    const fetchFn = serve('room');
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<LiveRoomPanel sessionId="s1" room={room()} />);
    expect(screen.getByText('Et direkte rom kan startes når enheten er på nett.')).toBeTruthy();
    expect(fetchFn).not.toHaveBeenCalled();
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByRole('button', { name: 'Start direkte rom' })).toBeTruthy();
    online.mockRestore();
  });
});
