import { hrefFor } from '../../lib/app-route.ts';

/** Which screen of the workshop feature the hash query asks for. */
export type WorkshopRoute =
  | { view: 'plan' }
  | { view: 'edit'; sheetId: string }
  | { view: 'print'; sheetId: string }
  | { view: 'group'; sheetId: string; sessionId: string | null }
  | { view: 'session'; sessionId: string }
  | { view: 'rotation'; sessionId: string; stepId: string | null; all: boolean }
  | { view: 'seat-cards'; sessionId: string };

/**
 * Reads `#/workshop?…`: `sheet=…` (editor), `sheet=…&view=print|group[&session=…]`,
 * `session=…` (join link), `session=…&view=rotation[&step=…][&rounds=all]`,
 * `session=…&view=seat-cards` (printable seat cards, one QR code per seat).
 */
export function parseWorkshopRoute(query: string): WorkshopRoute {
  const params = new URLSearchParams(query);
  const view = params.get('view');
  const sheetId = params.get('sheet');
  const sessionId = params.get('session');
  if (sheetId) {
    if (view === 'print') return { view: 'print', sheetId };
    if (view === 'group') return { view: 'group', sheetId, sessionId: sessionId || null };
    return { view: 'edit', sheetId };
  }
  if (sessionId) {
    if (view === 'rotation')
      return {
        view: 'rotation',
        sessionId,
        stepId: params.get('step') || null,
        all: params.get('rounds') === 'all',
      };
    if (view === 'seat-cards') return { view: 'seat-cards', sessionId };
    return { view: 'session', sessionId };
  }
  return { view: 'plan' };
}

const href = (path: string, params: Record<string, string>) =>
  hrefFor(path, new URLSearchParams(params).toString());

/** Links to every screen of the workshop feature, and to the presenter. */
export const workshopHref = {
  plan: () => href('/workshop', {}),
  edit: (sheetId: string) => href('/workshop', { sheet: sheetId }),
  print: (sheetId: string) => href('/workshop', { sheet: sheetId, view: 'print' }),
  group: (sheetId: string, sessionId?: string) =>
    href(
      '/workshop',
      sessionId ? { sheet: sheetId, view: 'group', session: sessionId } : { sheet: sheetId, view: 'group' },
    ),
  session: (sessionId: string) => href('/workshop', { session: sessionId }),
  rotation: (sessionId: string, options: { stepId?: string | null; all?: boolean } = {}) =>
    href('/workshop', {
      session: sessionId,
      view: 'rotation',
      ...(options.stepId ? { step: options.stepId } : {}),
      ...(options.all ? { rounds: 'all' } : {}),
    }),
  seatCards: (sessionId: string) => href('/workshop', { session: sessionId, view: 'seat-cards' }),
  presentSession: (sessionId: string) => href('/present', { session: sessionId }),
  presentSheet: (sheetId: string) => href('/present', { sheet: sheetId }),
};

/** A stable key per screen, so each screen is a fresh page (focus to its heading, new title). */
export function screenKey(route: WorkshopRoute): string {
  switch (route.view) {
    case 'plan':
      return 'plan';
    case 'edit':
    case 'print':
      return `${route.view}:${route.sheetId}`;
    case 'group':
      return `group:${route.sheetId}:${route.sessionId ?? ''}`;
    case 'session':
      return `session:${route.sessionId}`;
    case 'seat-cards':
      return `seat-cards:${route.sessionId}`;
    case 'rotation':
      // Choosing a step or «all rounds» keeps the screen (and the focus on the link just used).
      return `rotation:${route.sessionId}`;
  }
}
