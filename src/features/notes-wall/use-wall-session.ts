import { useEffect, useMemo, useState } from 'react';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { isSessionNote, sessionRefFromNote } from '../../lib/session-notes.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import type { WallQuery } from './wall-query.ts';
import { refOfWorkshop } from './workshop-ref.ts';

/** The session a wall shows. `ref` is null while only its code is known (nothing imported yet). */
export type WallSession = {
  code: string;
  ref: SessionRef | null;
  title: string | null;
  /** When the session was planned, or its first note was written. */
  date: number | null;
  steps: readonly Step[];
  workshopId: string | null;
};

export type WallSessionState =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; session: WallSession };

type Loaded = { key: string; ws: WorkshopSession | null; steps: readonly Step[] };

async function loadWorkshop(query: WallQuery): Promise<Omit<Loaded, 'key'>> {
  const store = getWorkshopStore();
  try {
    const ws = query.sessionId
      ? await store.getSession(query.sessionId)
      : ((await store.listSessions()).find((s) => refOfWorkshop(s)?.code === query.code) ?? null);
    const sheet = ws ? await store.getSheet(ws.sheetId).catch(() => null) : null;
    return { ws, steps: sheet?.steps ?? [] };
  } catch {
    // No workshop store (private mode): the wall still works by code from the imported notes.
    return { ws: null, steps: [] };
  }
}

/** Finds the session for `#/notes?session=<id>` (planned here) or `#/notes?code=<code>` (imported). */
export function useWallSession(query: WallQuery): WallSessionState {
  const key = `${query.sessionId ?? ''}|${query.code ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { snapshot } = useNotes();
  useEffect(() => {
    let live = true;
    void loadWorkshop(query).then((result) => {
      if (live) setLoaded({ key, ...result });
    });
    return () => {
      live = false;
    };
    // The key names the query completely.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return useMemo((): WallSessionState => {
    if (loaded === null || loaded.key !== key) return { status: 'loading' };
    const { ws, steps } = loaded;
    const fromWorkshop = ws ? refOfWorkshop(ws) : null;
    if (query.sessionId !== null && fromWorkshop === null) return { status: 'missing' };
    const code = fromWorkshop?.code ?? query.code;
    if (code === null) return { status: 'missing' };
    if (fromWorkshop === null && snapshot.status === 'loading') return { status: 'loading' };
    const notes = snapshot.notes.filter((n) => isSessionNote(n, code));
    const ref =
      fromWorkshop ?? notes.map(sessionRefFromNote).find((r): r is SessionRef => r !== null) ?? null;
    const firstNote = notes.reduce<number | null>(
      (min, n) => (min === null ? n.createdAt : Math.min(min, n.createdAt)),
      null,
    );
    return {
      status: 'ready',
      session: {
        code,
        ref,
        title: ws?.title || null,
        date: ws?.createdAt ?? firstNote,
        steps,
        workshopId: ws?.id ?? null,
      },
    };
  }, [loaded, key, query.sessionId, query.code, snapshot]);
}
