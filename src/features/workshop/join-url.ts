import { joinFragment } from '../../domain/join/encode-join.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';

/** The full join link: the app's address (origin + path, no query or hash) and the join fragment. */
export function joinUrl(appBase: string, session: JoinSession): string {
  return `${appBase}${joinFragment(session)}`;
}

/** The link as people read and type it: without `https://` or `http://`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** This app's own address without query or hash, in the browser: what a join fragment is added to. */
export function currentAppBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
