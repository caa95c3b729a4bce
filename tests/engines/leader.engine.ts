import { expect, onTestFinished, test } from 'vitest';
import { startApp } from './support/app-server.ts';
import { expectAccessible } from './support/axe.ts';
import { filesIn, waitForDownload } from './support/downloads.ts';
import {
  button,
  clickOn,
  expectHeading,
  expectText,
  expectValue,
  field,
  find,
  fitsWidth,
  typeInto,
} from './support/engine.ts';
import { until } from './support/processes.ts';
import { DIST, eachEngine } from './support/suite.ts';

// The leader alone, on a phone of each engine: draw a card, a one-minute silent round (the
// shortest the length list offers) run to its end, an answer that survives a reload, the journal,
// and the Markdown export (downloaded). The round runs on the real clock: neither engine's driver
// can install a fake one, so the wait for «Tiden er ute» is bounded to a little over a minute.

const ANSWER = 'Jeg tenker på tillit – og på å lytte.';
const nav = (name: string) => ({ css: 'nav a', text: name });

eachEngine((engine) => {
  test('draw, a silent round, an answer kept over a reload, the journal, the Markdown export', async () => {
    const e = engine();
    const app = await startApp(DIST);
    onTestFinished(() => app.stop());

    await e.goto(`${app.origin}/#/solo`);
    await expectHeading(e, 'Alene');
    await clickOn(e, button('Trekk et kort'));
    await expectHeading(e, 'Refleksjon');
    const card = await until(
      () => e.run(() => document.querySelector('.qcard')?.getAttribute('data-card') ?? null),
      `${e.name}: a card drawn`,
    );
    expect(card).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(await fitsWidth(e), 'nothing wider than the phone').toBe(true);
    await expectAccessible(e, 'session with a card');

    // --- The silent round: one minute, chosen in the list, run to its end. It asks for a screen
    // Wake Lock; where the engine refuses it (no screen to keep awake here), the round runs on
    // without it, and no error may show (checked after each test).
    await e.select(await find(e, field('Lengde')), '1');
    await clickOn(e, button('1 minutt stille stund'));
    await expectText(e, 'dialog[open] h2', 'Stille stund');
    await expectAccessible(e, 'silent round running');
    await expectText(e, 'dialog[open] *', 'Tiden er ute', 75_000);
    await expectAccessible(e, 'silent round finished');
    await clickOn(e, button('Skriv svaret'));
    await until(
      () => e.run(() => document.querySelector('dialog[open]') === null),
      `${e.name}: the round closed`,
    );

    // --- The answer, saved as typed, kept over a reload.
    const answer = field('Ditt svar');
    await until(
      () =>
        e.run(
          () =>
            (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent === 'Ditt svar',
        ),
      `${e.name}: the answer field focused after the round`,
    );
    await typeInto(e, answer, ANSWER);
    await expectText(e, '.storage-state, main *', 'Lagret på enheten');
    await e.reload();
    await expectHeading(e, 'Refleksjon');
    await until(
      async () => (await e.run(() => document.querySelector('.qcard')?.getAttribute('data-card'))) === card,
      `${e.name}: the same card after the reload`,
    );
    await expectValue(e, answer, ANSWER);

    // --- The journal has it.
    await clickOn(e, nav('Loggen'));
    await expectHeading(e, 'Refleksjonsloggen');
    await expectText(e, 'main *', '1 svar');
    await expectText(e, 'article *', ANSWER);
    await expectAccessible(e, 'journal');

    // --- Markdown export, downloaded.
    await clickOn(e, nav('Eksport'));
    await expectHeading(e, 'Eksport og sikkerhetskopi');
    await expectAccessible(e, 'export');
    const before = filesIn(e.downloads);
    await clickOn(e, button('Markdown (.md)'));
    const md = await waitForDownload(e.downloads, before, /^refleksjonslogg-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toMatch(/^# Refleksjonslogg\n/);
    expect(md.text).toContain(`> ${ANSWER}`);
  });
});
