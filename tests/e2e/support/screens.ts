import type { RoutePath } from '../../../src/domain/routes/route-table.ts';

/** Every top-level screen with its h1 in bokmål: wait for the right h1 before measuring a screen. */
export const SCREENS: readonly { path: RoutePath; h1: string }[] = [
  { path: '/', h1: 'Kortstokk' },
  { path: '/workshop', h1: 'Workshop' },
  { path: '/join', h1: 'Bli med' },
  { path: '/solo', h1: 'Alene' },
  { path: '/decks', h1: 'Kortstokkene' },
  { path: '/settings', h1: 'Innstillinger' },
  { path: '/privacy', h1: 'Personvern' },
  { path: '/accessibility', h1: 'Tilgjengelighetserklæring' },
];
