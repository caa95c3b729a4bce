import { hrefFor } from '../../lib/app-route.ts';

/** What is presented: a group session, a saved run-sheet, or a built-in template as it is. */
export type PresentSource = { readonly kind: 'session' | 'sheet' | 'template'; readonly id: string };

export type PresentQuery = {
  readonly source: PresentSource | null;
  /** The audience window (card and timer only), or the presenter's own window. */
  readonly audience: boolean;
};

// Ids come from crypto.randomUUID or the templates; anything else is not ours to look up.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const KINDS = ['session', 'sheet', 'template'] as const;

/** Reads `session=…`, `sheet=…` or `template=…` (first valid one wins) and `view=audience`. */
export function parsePresentQuery(query: string): PresentQuery {
  const params = new URLSearchParams(query);
  const audience = params.get('view') === 'audience';
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id !== null && ID.test(id)) return { source: { kind, id }, audience };
  }
  return { source: null, audience };
}

/** The id that names one presented run for its channel and stored state. */
export function runIdOf(source: PresentSource): string {
  return source.kind === 'template' ? `template-${source.id}` : source.id;
}

/** The address of a view of this run (the presenter's, or the audience window's). */
export function presentHref(source: PresentSource, audience: boolean): string {
  const params = new URLSearchParams({ [source.kind]: source.id });
  if (audience) params.set('view', 'audience');
  return hrefFor('/present', params.toString());
}

/** Where leaving presenting goes: back to the session or plan in «Workshop», or its start. */
export function workshopHref(source: PresentSource): string {
  return source.kind === 'template'
    ? hrefFor('/workshop')
    : hrefFor('/workshop', new URLSearchParams({ [source.kind]: source.id }).toString());
}
