/** What `#/notes?…` asks for: a planned session by id, a session by its code, and the view. */
export type WallQuery = {
  sessionId: string | null;
  code: string | null;
  view: 'wall' | 'print';
  anonymise: boolean;
};

const CODE = /^[A-Z0-9]{6}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads the wall's query string; unknown or malformed values are ignored, never trusted. */
export function parseWallQuery(query: string): WallQuery {
  const params = new URLSearchParams(query);
  const sessionId = params.get('session');
  const code = params.get('code');
  return {
    sessionId: sessionId !== null && ID.test(sessionId) ? sessionId : null,
    code: code !== null && CODE.test(code) ? code : null,
    view: params.get('view') === 'print' ? 'print' : 'wall',
    anonymise: params.get('anon') === '1',
  };
}

/** The query for a wall: by planned session id when there is one, else by code. */
export function wallQuery(
  target: { sessionId?: string | null; code: string },
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams(
    target.sessionId ? { session: target.sessionId } : { code: target.code },
  );
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
