import axe from 'axe-core';
import { expect } from 'vitest';
import type { Engine } from './engine.ts';
import { until } from './processes.ts';

// The same rules as the Chromium tests' expectAccessible (tests/e2e/support/fixtures.ts).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Injects axe-core into the page (once per document) and returns its violations, one line each. */
export async function axeViolations(engine: Engine): Promise<string[]> {
  // A deep link's pre-rendered shell is inert until the app renders over it: check the app's screen.
  await until(
    () => engine.run(() => document.querySelector('main[inert]') === null),
    'the app over the shell',
  );
  const present = await engine.run(() => 'axe' in window);
  if (!present) await engine.runSource(axe.source);
  return engine.run(async (tags: string[]) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
  }, TAGS);
}

/** Fails with the violations axe-core finds on the app's screen. */
export async function expectAccessible(engine: Engine, label: string) {
  expect(await axeViolations(engine), `axe violations on ${engine.name}: ${label}`).toEqual([]);
}
