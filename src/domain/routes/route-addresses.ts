// Where each route lives: its path (its page is `solo/` under the app's base for '/solo') and
// whether its query is in the address's fragment. The part of the route table
// (route-table.ts) that the boot scripts need, on its own so they stay small.

export const ROUTE_ADDRESSES = {
  home: { path: '/' },
  solo: { path: '/solo' },
  decks: { path: '/decks' },
  workshop: { path: '/workshop' },
  notes: { path: '/notes' },
  present: { path: '/present' },
  /** The join link's query is in the fragment (`join/#v=1&…`), which never reaches a server log. */
  join: { path: '/join', fragment: true },
  privacy: { path: '/privacy' },
  accessibility: { path: '/accessibility' },
  settings: { path: '/settings' },
} as const satisfies Record<string, { path: `/${string}`; fragment?: true }>;

export type RouteAddress = { readonly path: `/${string}`; readonly fragment?: true };

/** The routes' addresses, in the table's order. */
export const ADDRESS_LIST: readonly RouteAddress[] = Object.values(ROUTE_ADDRESSES);
