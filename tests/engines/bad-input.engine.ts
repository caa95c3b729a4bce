import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import { startApp, type AppServer } from './support/app-server.ts';
import { expectAccessible } from './support/axe.ts';
import { expectHeading, expectText, find, textsOf } from './support/engine.ts';
import { DIST, eachEngine } from './support/suite.ts';

// What a participant or leader sees when what they bring is broken: a join link edited by hand,
// a deck file with a fault. Both say what is wrong, on every engine.

const SESSION: JoinSession = { v: 1, seed: 77, decks: [{ id: 'ledelse', version: 1 }], seats: 8, cards: 3 };

let app: AppServer;
beforeAll(async () => {
  app = await startApp(DIST);
});
afterAll(() => app.stop());

eachEngine((engine) => {
  test('a join link with a wrong group size says what is wrong', async () => {
    const e = engine();
    await e.goto(`${app.origin}/#/join?${encodeJoin(SESSION).replace('n=8', 'n=999')}`);
    await expectHeading(e, 'Lenken virker ikke');
    await expectText(e, '[role="alert"]', /«antall deltakere» skal være fra 2 til 200/);
    await expectAccessible(e, 'bad join link');
  });

  test('a deck file without bokmål text is refused with its problems listed', async () => {
    const e = engine();
    await e.goto(`${app.origin}/#/decks?view=import`);
    await expectHeading(e, 'Din egen kortstokk');
    const input = await find(e, { css: 'input[type="file"]', name: 'Velg fil …', hidden: true });
    await e.upload(input, `${process.cwd()}/tests/fixtures/decks/missing-nb.json`);
    await expectText(e, '#import-outcome-heading', '«missing-nb.json» kunne ikke importeres');
    expect((await textsOf(e, '.issue-list li')).length).toBeGreaterThan(0);
    await expectAccessible(e, 'bad deck import');
  });
});
