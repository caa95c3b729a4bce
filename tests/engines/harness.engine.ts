import { expect, onTestFinished, test } from 'vitest';
import { startApp } from './support/app-server.ts';
import { axeViolations } from './support/axe.ts';
import { expectHeading } from './support/engine.ts';
import { until } from './support/processes.ts';
import { DIST, eachEngine } from './support/suite.ts';

// The suite's own checks must be able to fail on each engine, or «no console errors» and «no axe
// violations» would prove nothing: an error, an uncaught exception, a CSP violation and an image
// without a text alternative, each made on purpose, are seen.

eachEngine((engine) => {
  test('console errors, uncaught errors, CSP violations and axe violations are seen', async () => {
    const e = engine();
    const app = await startApp(DIST);
    onTestFinished(() => app.stop());
    await e.goto(`${app.origin}/#/privacy`);
    await expectHeading(e, 'Personvern');

    await e.run(() => {
      console.error('probe: console.error');
      setTimeout(() => {
        throw new Error('probe: uncaught');
      });
      // An inline <style> is against the app's policy (style-src 'self').
      const style = document.createElement('style');
      style.textContent = 'body { outline: 0 }';
      document.head.append(style);
    });
    const seen: string[] = [];
    await until(
      async () => {
        seen.push(...(await e.takeErrors()));
        const all = seen.join('\n');
        return (
          all.includes('probe: console.error') && all.includes('probe: uncaught') && /CSP|style-src/.test(all)
        );
      },
      `${e.name}: the probes reported (seen: ${JSON.stringify(seen)})`,
    );

    // Into the app's screen, not the pre-rendered shell the app renders over.
    await until(() => e.run(() => document.querySelector('main[inert]') === null), 'the app over the shell');
    await e.run(() => {
      const img = document.createElement('img');
      img.src = '/icons/icon-192.png';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(e)).join('\n')).toMatch(/^image-alt \(critical\)/m);
    await e.reload();
  });
});
