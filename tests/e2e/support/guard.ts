import type { BrowserContext, Page } from '@playwright/test';

/**
 * Watches a browser context for what must never happen: a console error, an uncaught
 * exception, a Content-Security-Policy violation, a request leaving the app's origin.
 * `problems` lists what was seen; the fixture fails the test when it is not empty. `allowedErrors`
 * are console lines a test expects (the browser's own network error lines, see serverDownErrors).
 */
export function watchContext(context: BrowserContext, origin: string, allowedErrors: readonly RegExp[] = []) {
  const problems: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      // An allowed line is matched by its text, or by its text with the address it is about.
      const lines = [msg.text(), `${msg.text()} at ${msg.location().url}`];
      if (msg.type() !== 'error' || allowedErrors.some((allowed) => lines.some((l) => allowed.test(l))))
        return;
      problems.push(`console error on ${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      problems.push(`request left the origin: ${request.url()}`);
    }
  });
  // CSP violations are also reported by the page itself; this makes them console errors
  // even where the browser would only warn.
  void context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return {
    problems,
    async cookies() {
      return (await context.cookies()).map((c) => `cookie set: ${c.name}`);
    },
  };
}
