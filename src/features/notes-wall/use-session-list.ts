import { useEffect, useMemo, useState } from 'react';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { refOfWorkshop } from './workshop-ref.ts';

/** A session the facilitator can open a wall for: planned here, or known only from imported notes. */
export type SessionItem = {
  code: string;
  workshopId: string | null;
  title: string | null;
  date: number | null;
  notes: number;
};

const CODE = /^[A-Z0-9]{6}$/;

/** Planned sessions (newest first), then sessions that exist only as imported notes. */
export function useSessionList(): { items: SessionItem[]; loading: boolean } {
  const [planned, setPlanned] = useState<readonly WorkshopSession[] | null>(null);
  const { snapshot } = useNotes();
  useEffect(() => {
    let live = true;
    getWorkshopStore()
      .listSessions()
      .catch(() => [])
      .then((list) => {
        if (live) setPlanned(list);
      });
    return () => {
      live = false;
    };
  }, []);
  const items = useMemo(() => {
    const counts = new Map<string, number>();
    for (const note of snapshot.notes) {
      if (note.kind !== 'note' || note.deleted || note.sessionId === null || !CODE.test(note.sessionId))
        continue;
      if (note.text.trim() === '') continue;
      counts.set(note.sessionId, (counts.get(note.sessionId) ?? 0) + 1);
    }
    const fromPlan: SessionItem[] = [...(planned ?? [])]
      .sort((a, b) => b.createdAt - a.createdAt)
      .flatMap((ws) => {
        const code = refOfWorkshop(ws)?.code;
        return code === undefined
          ? []
          : [
              {
                code,
                workshopId: ws.id,
                title: ws.title || null,
                date: ws.createdAt,
                notes: counts.get(code) ?? 0,
              },
            ];
      });
    const known = new Set(fromPlan.map((item) => item.code));
    const fromNotes: SessionItem[] = [...counts]
      .filter(([code]) => !known.has(code))
      .map(([code, notes]) => ({ code, workshopId: null, title: null, date: null, notes }));
    return [...fromPlan, ...fromNotes];
  }, [planned, snapshot.notes]);
  return { items, loading: planned === null };
}
