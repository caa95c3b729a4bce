import { ROOM_PROBE_BODY } from '../../domain/room/room-contract.ts';
import { roomUrls } from '../../domain/room/room-url.ts';

/**
 * Whether the app is served by its own server with the live room on: `GET room` answers JSON
 * `{"room":1}`. A static host answers 404 or index.html (HTML), and offline the fetch fails:
 * all of these mean «no live room here», never an error. Small and free of the room's libraries,
 * so the session screen can ask before anything heavy loads.
 */
export async function probeRoomServer(fetchFn: typeof fetch, appBase: string): Promise<boolean> {
  const urls = roomUrls(appBase);
  if (urls === null) return false;
  try {
    const response = await fetchFn(urls.probe, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !type.startsWith('application/json')) return false;
    const body: unknown = await response.json();
    return (
      typeof body === 'object' && body !== null && (body as { room?: unknown }).room === ROOM_PROBE_BODY.room
    );
  } catch {
    return false;
  }
}
