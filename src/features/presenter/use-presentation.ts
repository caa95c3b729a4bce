import { useEffect, useState } from 'react';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { getTemplate } from '../../domain/workshop/templates.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import type { PresentSource } from './present-query.ts';

export type Presentation =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'ready'; readonly sheet: RunSheet; readonly session: WorkshopSession | null };

/** A saved run-sheet, else the built-in template of that id (sessions may run a template as it is). */
async function sheetById(id: string): Promise<RunSheet | null> {
  const saved = await getWorkshopStore()
    .getSheet(id)
    .catch(() => null);
  return saved ?? getTemplate(id) ?? null;
}

function templatePresentation(id: string): Presentation {
  const sheet = getTemplate(id);
  return sheet ? { status: 'ready', sheet, session: null } : { status: 'missing' };
}

async function load(source: PresentSource): Promise<Presentation> {
  if (source.kind === 'template') return templatePresentation(source.id);
  if (source.kind === 'sheet') {
    const sheet = await sheetById(source.id);
    return sheet ? { status: 'ready', sheet, session: null } : { status: 'missing' };
  }
  const session = await getWorkshopStore()
    .getSession(source.id)
    .catch(() => null);
  const sheet = session ? await sheetById(session.sheetId) : null;
  return session && sheet ? { status: 'ready', sheet, session } : { status: 'missing' };
}

/** Loads what a `#/present` link names, from the workshop store (IndexedDB) or the templates. */
export function usePresentation(source: PresentSource | null): Presentation {
  const kind = source?.kind;
  const id = source?.id;
  const [result, setResult] = useState<{ key: string; value: Presentation } | null>(null);
  const key = `${kind}:${id}`;
  useEffect(() => {
    if (kind === undefined || id === undefined) return;
    let live = true;
    void load({ kind, id }).then((value) => {
      if (live) setResult({ key: `${kind}:${id}`, value });
    });
    return () => {
      live = false;
    };
  }, [kind, id]);
  if (!source) return { status: 'missing' };
  // A built-in template needs no storage: ready in the first render, so a deep link's first
  // commit is the presenter itself (over its pre-rendered shell), not a loading screen.
  if (source.kind === 'template') return templatePresentation(source.id);
  return result?.key === key ? result.value : { status: 'loading' };
}
