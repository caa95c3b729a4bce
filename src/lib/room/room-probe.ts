import { ROOM_PROBE_BODY } from '../../domain/room/room-contract.ts';
import { roomUrls } from '../../domain/room/room-url.ts';

/**
 * What the app's origin says to `GET room`: 'room' (its own server with the live room on: JSON
 * `{"room":1}`), 'none' (it answered, but not so: a static host's 404 or index.html, or a base
 * that is not http(s)), or 'unreachable' (no answer at all: offline, or the server down for a
 * moment). Small and free of the room's libraries, so a screen can ask before anything heavy loads.
 */
export type RoomProbe = 'room' | 'none' | 'unreachable';

export async function probeRoom(fetchFn: typeof fetch, appBase: string): Promise<RoomProbe> {
  const urls = roomUrls(appBase);
  if (urls === null) return 'none';
  let response: Response;
  try {
    response = await fetchFn(urls.probe, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    return 'unreachable';
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.startsWith('application/json')) return 'none';
  try {
    const body: unknown = await response.json();
    const room = typeof body === 'object' && body !== null ? (body as { room?: unknown }).room : undefined;
    return room === ROOM_PROBE_BODY.room ? 'room' : 'none';
  } catch {
    return 'none';
  }
}

/**
 * Whether the app is served by its own server with the live room on. Offline or unreachable
 * counts as «no live room here», never an error.
 */
export async function probeRoomServer(fetchFn: typeof fetch, appBase: string): Promise<boolean> {
  return (await probeRoom(fetchFn, appBase)) === 'room';
}
