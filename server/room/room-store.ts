import { SQLite } from '@hocuspocus/extension-sqlite';
import { hashToken } from './room-tokens.ts';

/** What the server keeps of a room besides its document: hashes and an age, nothing readable. */
export type RoomRecord = { id: string; tokenHash: string; ownerHash: string; createdAt: number };

/** Why a room is gone: its owner deleted it, or its time to live ran out. */
export type RoomEnd = 'deleted' | 'expired';

type Db = NonNullable<SQLite['db']>;
type Params = Record<string, string | number | Uint8Array>;

const INDEX_SCHEMA = `CREATE TABLE IF NOT EXISTS "rooms" (
  "id" text PRIMARY KEY, "token_hash" text NOT NULL, "owner_hash" text NOT NULL,
  "created_at" integer NOT NULL)`;

// A deleted room's id, as its SHA-256 only, with when and why it ended: the id stays refused.
const TOMBSTONE_SCHEMA = `CREATE TABLE IF NOT EXISTS "room_tombstones" (
  "id_hash" text PRIMARY KEY, "ended" text NOT NULL, "ended_at" integer NOT NULL)`;

const BURY = `INSERT INTO "room_tombstones" ("id_hash", "ended", "ended_at")
  VALUES ($idHash, $ended, $endedAt)
  ON CONFLICT("id_hash") DO UPDATE SET ended = excluded.ended, ended_at = excluded.ended_at`;

// Past the cap the oldest go: a flood of deletes costs old tombstones, never the file's size.
const CAP_TOMBSTONES = `DELETE FROM "room_tombstones" WHERE "id_hash" NOT IN
  (SELECT "id_hash" FROM "room_tombstones" ORDER BY "ended_at" DESC LIMIT $max)`;

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
    await run(db, TOMBSTONE_SCHEMA);
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

  /**
   * Removes a room's document and its index entry, and leaves a tombstone (the id's hash, when
   * and why) so the id is refused from then on; at most `maxTombstones` are kept.
   */
  async remove(id: string, end: { ended: RoomEnd; at: number; maxTombstones: number }): Promise<void> {
    const db = await this.ready;
    // The tombstone first, then the index: from then on no connection can create the room again,
    // and no store can bring the document back.
    await run(db, BURY, { $idHash: hashToken(id), $ended: end.ended, $endedAt: end.at });
    await run(db, CAP_TOMBSTONES, { $max: end.maxTombstones });
    await run(db, 'DELETE FROM "rooms" WHERE "id" = $id', { $id: id });
    await run(db, 'DELETE FROM "documents" WHERE "name" = $id', { $id: id });
  }

  /** Why a room with this id ended, when it did (and its tombstone is still kept). */
  async ended(id: string): Promise<RoomEnd | undefined> {
    const rows = await all<{ ended: string }>(
      await this.ready,
      'SELECT "ended" FROM "room_tombstones" WHERE "id_hash" = $idHash',
      { $idHash: hashToken(id) },
    );
    const ended = rows[0]?.ended;
    return ended === 'deleted' || ended === 'expired' ? ended : undefined;
  }

  /** Forgets tombstones of rooms that ended at or before `time`; how many. */
  async forgetEndedBefore(time: number): Promise<number> {
    return run(await this.ready, 'DELETE FROM "room_tombstones" WHERE "ended_at" <= $time', {
      $time: time,
    });
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
