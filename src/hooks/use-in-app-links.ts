import { useEffect } from 'react';
import { appBasePath, navigate, routeOf } from '../lib/app-route.ts';

/** The app's own link a plain click on this anchor follows, or null (the browser handles it). */
function inAppTarget(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return null;
  if (anchor.target !== '' && anchor.target !== '_self') return null;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(appBasePath())) return null;
  // An anchor on the same screen (the skip link's `#main`): the browser scrolls to it.
  const samePage = url.pathname === location.pathname && url.search === location.search;
  if (samePage && url.hash !== '' && routeOf(url).path !== '/join') return null;
  return url;
}

/**
 * Every screen is a page of its own, and a click on a link to one would load it anew; within the
 * app the link is followed in place instead (history.pushState), keeping what is in memory.
 */
export function useInAppLinks(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const url = inAppTarget(event);
      if (!url) return;
      event.preventDefault();
      navigate(url.href);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
