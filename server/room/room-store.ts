import { SQLite } from '@hocuspocus/extension-sqlite';

/** What the server keeps of a room besides its document: hashes and an age, nothing readable. */
export type RoomRecord = { id: string; tokenHash: string; ownerHash: string; createdAt: number };

type Db = NonNullable<SQLite['db']>;
type Params = Record<string, string | number | Uint8Array>;

const INDEX_SCHEMA = `CREATE TABLE IF NOT EXISTS "rooms" (
  "id" text PRIMARY KEY, "token_hash" text NOT NULL, "owner_hash" text NOT NULL,
  "created_at" integer NOT NULL)`;

// Stores a document only while its room is indexed: a store that comes after a delete (a
// debounced one, or one from another process sharing the file) writes nothing.
const STORE = `INSERT INTO "documents" ("name", "data")
  SELECT $name, $data WHERE EXISTS (SELECT 1 FROM "rooms" WHERE "id" = $name)
  ON CONFLICT(name) DO UPDATE SET data = excluded.data`;

const CREATE = `INSERT INTO "rooms" ("id", "token_hash", "owner_hash", "created_at")
  SELECT $id, $tokenHash, $ownerHash, $createdAt WHERE (SELECT count(*) FROM "rooms") < $max
  ON CONFLICT("id") DO NOTHING`;

const run = (db: Db, sql: string, params: Params = {}) =>
  new Promise<number>((done, fail) => {
    db.run(sql, params, function (this: { changes: number }, error: Error | null) {
      if (error) fail(error);
      else done(this.changes);
    });
  });

const all = <Row>(db: Db, sql: string, params: Params = {}) =>
  new Promise<Row[]>((done, fail) => {
    db.all(sql, params, (error: Error | null, rows: Row[]) => (error ? fail(error) : done(rows)));
  });

/**
 * Hocuspocus' SQLite extension, with the room index in a table of the same file (one file to
 * back up or wipe, one connection, so no lock waits between the two).
 */
export class RoomStore extends SQLite {
  private ready: Promise<Db>;
  private opened!: (db: Db) => void;
  private failed!: (error: unknown) => void;

  constructor(database: string) {
    super({ database });
    this.ready = new Promise((done, fail) => {
      this.opened = done;
      this.failed = fail;
    });
    // Callers see the failure when they wait; nobody waiting is no unhandled rejection.
    this.ready.catch(() => undefined);
    this.configuration.store = async ({ documentName, state }) => {
      try {
        await run(await this.ready, STORE, { $name: documentName, $data: state });
      } catch (error) {
        // Hocuspocus runs stores from timers, where a throw ends the process and every room
        // with it. The document stays in memory, and its next change stores it whole again.
        console.error(`Room storage: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  override async onConfigure() {
    try {
      this.opened(await this.open());
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }

  private async open(): Promise<Db> {
    await super.onConfigure();
    const db = this.db as Db;
    // Other processes may share the file (several servers with Redis): wait for their locks.
    // (Before serialize(): node-sqlite3 never runs anything again if configure comes after it.)
    db.configure('busyTimeout', 5000);
    // One statement after another: the extension's own writes are not awaited.
    db.serialize();
    // A failed write the extension does not wait for must not take the process down.
    db.on('error', (error: Error) => console.error(`Room storage: ${error.message}`));
    // Deleted rooms' bytes are overwritten, not left in free pages of the file.
    await run(db, 'PRAGMA secure_delete = ON');
    await run(db, INDEX_SCHEMA);
    return db;
  }

  async find(id: string): Promise<RoomRecord | undefined> {
    const rows = await all<{ token_hash: string; owner_hash: string; created_at: number }>(
      await this.ready,
      'SELECT "token_hash", "owner_hash", "created_at" FROM "rooms" WHERE "id" = $id',
      { $id: id },
    );
    const row = rows[0];
    return row && { id, tokenHash: row.token_hash, ownerHash: row.owner_hash, createdAt: row.created_at };
  }

  /** Adds a room unless it exists or `max` rooms do; whether it was added. */
  async create(room: RoomRecord, max: number): Promise<boolean> {
    const { id, tokenHash, ownerHash, createdAt } = room;
    const params = { $id: id, $tokenHash: tokenHash, $ownerHash: ownerHash, $createdAt: createdAt };
    return (await run(await this.ready, CREATE, { ...params, $max: max })) > 0;
  }

  /** Removes a room's document and its index entry. */
  async remove(id: string): Promise<void> {
    const db = await this.ready;
    // The index first: from then on no store can bring the document back.
    await run(db, 'DELETE FROM "rooms" WHERE "id" = $id', { $id: id });
    await run(db, 'DELETE FROM "documents" WHERE "name" = $id', { $id: id });
  }

  /** The ids of rooms created at or before `time`. */
  async createdBefore(time: number): Promise<string[]> {
    const rows = await all<{ id: string }>(
      await this.ready,
      'SELECT "id" FROM "rooms" WHERE "created_at" <= $time',
      { $time: time },
    );
    return rows.map((row) => row.id);
  }

  /** Closes the file once pending writes are done. */
  async close(): Promise<void> {
    const db = await this.ready;
    await new Promise<void>((done, fail) => db.close((error) => (error ? fail(error) : done())));
  }
}
