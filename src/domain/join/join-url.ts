import { joinFragment } from './encode-join.ts';
import type { JoinSession } from './join-session.ts';

/** The full join link: the app's address (origin + path, no query or hash) and the join fragment. */
export function joinUrl(appBase: string, session: JoinSession): string {
  return `${appBase}${joinFragment(session)}`;
}

/** The link as people read and type it: without `https://` or `http://`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
