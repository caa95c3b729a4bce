import { routeOf, type AppRoute } from '../../src/lib/app-route.ts';

/** The route an href the app made leads to (read at a page of the app on http://localhost/). */
export const routeOfHref = (href: string): AppRoute => routeOf(new URL(href, 'http://localhost/'));
