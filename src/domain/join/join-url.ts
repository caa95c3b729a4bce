import { joinPath } from './encode-join.ts';
import type { JoinSession } from './join-session.ts';

/** The full join link: the app's base address (origin + base path, ending in `/`) and the join page. */
export function joinUrl(appBase: string, session: JoinSession): string {
  return `${appBase}${joinPath(session)}`;
}

/** The link as people read and type it: without `https://` or `http://`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
