import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runSheetFromTemplate } from '../../src/domain/workshop/sheet-ops.ts';
import { getTemplate } from '../../src/domain/workshop/templates.ts';
import { openWorkshopStore } from '../../src/storage/workshop-store.ts';

const sheet = runSheetFromTemplate(getTemplate('verksted-ledelse')!, 'sheet-1');

describe('workshop store', () => {
  it('keeps run-sheets and sessions, sessions findable by sheet', async () => {
    const store = openWorkshopStore(new IDBFactory(), 'w1');
    await store.putSheet(sheet, 1);
    expect((await store.getSheet(sheet.id))?.steps.length).toBe(sheet.steps.length);
    const session = {
      id: 's1',
      sheetId: sheet.id,
      title: 'Test',
      seed: 7,
      seats: 6,
      groups: 2,
      mode: 'sit-out' as const,
      cardsPerSeat: 3,
      decks: [{ id: 'naervaer', version: 1 }],
      createdAt: 1,
    };
    await store.putSession(session);
    expect(await store.listSessions(sheet.id)).toEqual([session]);
    expect(await store.listSessions('other')).toEqual([]);
    await store.removeSheet(sheet.id);
    expect(await store.getSheet(sheet.id)).toBeNull();
  });

  it('drops a stored run-sheet that no longer validates', async () => {
    const factory = new IDBFactory();
    const store = openWorkshopStore(factory, 'w2');
    await store.putSheet(sheet, 1);
    await new Promise<void>((done) => {
      const req = factory.open('w2', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('sheets', 'readwrite');
        tx.objectStore('sheets').put({
          id: sheet.id,
          sheet: { type: 'kortstokk/run-sheet', steps: [{}] },
          updatedAt: 2,
        });
        tx.oncomplete = () => done();
      };
    });
    expect(await store.getSheet(sheet.id)).toBeNull();
    expect(await store.listSheets()).toEqual([]);
  });
});
