import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { parseRunSheet } from '../domain/workshop/parse-run-sheet.ts';
import type { RunSheet } from '../domain/workshop/run-sheet-types.ts';
import { runSheetToJson } from '../domain/workshop/serialize-run-sheet.ts';
import type { WorkshopSession } from '../domain/workshop/workshop-session.ts';

// The facilitator's run-sheets and sessions. Run-sheets are validated when read back, like
// every file that comes in: what is on disk is not trusted blindly.
interface WorkshopDb extends DBSchema {
  sheets: { key: string; value: { id: string; sheet: unknown; updatedAt: number } };
  sessions: { key: string; value: WorkshopSession; indexes: { bySheet: string } };
}

const DB_NAME = 'kortstokk-workshop';
const DB_VERSION = 1;

export type WorkshopStore = {
  listSheets(): Promise<RunSheet[]>;
  getSheet(id: string): Promise<RunSheet | null>;
  putSheet(sheet: RunSheet, updatedAt: number): Promise<void>;
  removeSheet(id: string): Promise<void>;
  listSessions(sheetId?: string): Promise<WorkshopSession[]>;
  getSession(id: string): Promise<WorkshopSession | null>;
  putSession(session: WorkshopSession): Promise<void>;
  removeSession(id: string): Promise<void>;
};

/** Opens the workshop store (IndexedDB via idb); the factory is injectable for tests. */
export function openWorkshopStore(factory: IDBFactory = indexedDB, name = DB_NAME): WorkshopStore {
  let db: Promise<IDBPDatabase<WorkshopDb>> | null = null;
  const open = () =>
    (db ??= (() => {
      const request = factory.open(name, DB_VERSION);
      request.addEventListener('upgradeneeded', () => {
        request.result.createObjectStore('sheets', { keyPath: 'id' });
        request.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('bySheet', 'sheetId');
      });
      return wrap(request) as unknown as Promise<IDBPDatabase<WorkshopDb>>;
    })());
  const readSheet = (row: { sheet: unknown } | undefined) => {
    if (!row) return null;
    const parsed = parseRunSheet(row.sheet);
    return parsed.ok ? parsed.sheet : null;
  };
  return {
    async listSheets() {
      const rows = await (await open()).getAll('sheets');
      return rows.map(readSheet).filter((s): s is RunSheet => s !== null);
    },
    async getSheet(id) {
      return readSheet(await (await open()).get('sheets', id));
    },
    async putSheet(sheet, updatedAt) {
      // Stored in its file form (type, format), the same shape an export or import has.
      await (
        await open()
      ).put('sheets', { id: sheet.id, sheet: JSON.parse(runSheetToJson(sheet)), updatedAt });
    },
    async removeSheet(id) {
      await (await open()).delete('sheets', id);
    },
    async listSessions(sheetId) {
      const d = await open();
      return sheetId ? d.getAllFromIndex('sessions', 'bySheet', sheetId) : d.getAll('sessions');
    },
    async getSession(id) {
      return (await (await open()).get('sessions', id)) ?? null;
    },
    async putSession(session) {
      await (await open()).put('sessions', session);
    },
    async removeSession(id) {
      await (await open()).delete('sessions', id);
    },
  };
}

let instance: WorkshopStore | null = null;

/** The app's one workshop store. */
export function getWorkshopStore(): WorkshopStore {
  return (instance ??= openWorkshopStore());
}
