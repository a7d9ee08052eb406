// The hall's call log: every number called to a counter, and what ended its call (served, absent, sent on), in
// order, with nothing of the person (queue number, counter, time). The board's stream reads it by id, so a screen
// that reconnects asks for "everything after the last id I saw" (`Last-Event-ID`) on whichever instance it reaches.
// One table, one implementation per engine, on the booking store's connection; old days are dropped by retention.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { PostgresStore } from './postgres.js';
import { inTransaction } from './postgres-places.js';
import { SqliteStore } from './sqlite.js';
import type { BookingStore } from './types.js';

/** What ended or started a number's call at a counter. */
export type CallKind = 'called' | 'served' | 'no_show' | 'transferred';

/** One entry of the log as written. */
export interface CallEntry {
  agencyId: string;
  date: string;
  counterId: string;
  queueNumber: string;
  kind: CallKind;
  at: string;
}
/** An entry as read back, with its id (increasing: the stream's event id). */
export interface CallRecord extends CallEntry {
  id: number;
}

export interface CallLog {
  append(entry: CallEntry): Promise<void>;
  /** Entries after `afterId`, oldest first, of one agency when given; at most `limit`. */
  after(afterId: number, limit: number, agencyId?: string): Promise<CallRecord[]>;
  /** The last `limit` entries of a day, newest first, of one agency when given. */
  recent(date: string, limit: number, agencyId?: string): Promise<CallRecord[]>;
  /** The highest id written (0 when none). */
  lastId(): Promise<number>;
  /** Drops the entries of days before `date`; answers how many. */
  dropBefore(date: string): Promise<number>;
}

interface CallRow {
  id: number | string;
  agency_id: string;
  date: string;
  counter_id: string;
  queue_number: string;
  kind: CallKind;
  at: string;
}
const toCall = (r: CallRow): CallRecord => ({
  id: Number(r.id),
  agencyId: r.agency_id,
  date: r.date,
  counterId: r.counter_id,
  queueNumber: r.queue_number,
  kind: r.kind,
  at: r.at,
});

class SqliteCallLog implements CallLog {
  private readonly q;
  constructor(db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      append: p(
        'INSERT INTO queue_calls (agency_id, date, counter_id, queue_number, kind, at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      after: p<CallRow>(
        'SELECT * FROM queue_calls WHERE id > @after AND (@agency IS NULL OR agency_id = @agency) ORDER BY id LIMIT @limit',
      ),
      recent: p<CallRow>(
        `SELECT * FROM queue_calls WHERE date = @date AND (@agency IS NULL OR agency_id = @agency)
         ORDER BY id DESC LIMIT @limit`,
      ),
      lastId: p<{ id: number | null }>('SELECT MAX(id) AS id FROM queue_calls'),
      drop: p('DELETE FROM queue_calls WHERE date < ?'),
    };
  }
  async append(e: CallEntry) {
    this.q.append.run(e.agencyId, e.date, e.counterId, e.queueNumber, e.kind, e.at);
  }
  async after(afterId: number, limit: number, agencyId?: string) {
    return this.q.after.all({ after: afterId, limit, agency: agencyId ?? null }).map(toCall);
  }
  async recent(date: string, limit: number, agencyId?: string) {
    return this.q.recent.all({ date, limit, agency: agencyId ?? null }).map(toCall);
  }
  async lastId() {
    return this.q.lastId.get()!.id ?? 0;
  }
  async dropBefore(date: string) {
    return this.q.drop.run(date).changes;
  }
}

/** The advisory lock that orders the log's writers (any constant other jobs do not use). */
const CALL_LOCK = 7_261_803;

class PostgresCallLog implements CallLog {
  constructor(private readonly pool: pg.Pool) {}
  async append(e: CallEntry) {
    // One writer at a time: ids then become visible in the order they were taken, so a reader that has seen id n
    // never finds a smaller id committed later (a sequence alone does not promise that across instances).
    await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [CALL_LOCK]);
      await c.query(
        'INSERT INTO queue_calls (agency_id, date, counter_id, queue_number, kind, at) VALUES ($1, $2, $3, $4, $5, $6)',
        [e.agencyId, e.date, e.counterId, e.queueNumber, e.kind, e.at],
      );
    });
  }
  async after(afterId: number, limit: number, agencyId?: string) {
    const { rows } = await this.pool.query<CallRow>(
      'SELECT * FROM queue_calls WHERE id > $1 AND ($3::text IS NULL OR agency_id = $3) ORDER BY id LIMIT $2',
      [afterId, limit, agencyId ?? null],
    );
    return rows.map(toCall);
  }
  async recent(date: string, limit: number, agencyId?: string) {
    const { rows } = await this.pool.query<CallRow>(
      `SELECT * FROM queue_calls WHERE date = $1 AND ($3::text IS NULL OR agency_id = $3) ORDER BY id DESC LIMIT $2`,
      [date, limit, agencyId ?? null],
    );
    return rows.map(toCall);
  }
  async lastId() {
    const { rows } = await this.pool.query<{ id: string | null }>('SELECT MAX(id) AS id FROM queue_calls');
    return Number(rows[0]!.id ?? 0);
  }
  async dropBefore(date: string) {
    return (await this.pool.query('DELETE FROM queue_calls WHERE date < $1', [date])).rowCount ?? 0;
  }
}

/** The call log beside an open booking store: the same database and connection (or pool). */
export function callLogOf(store: BookingStore): CallLog {
  if (store instanceof SqliteStore) return new SqliteCallLog(store.db);
  if (store instanceof PostgresStore) return new PostgresCallLog(store.pool);
  throw new Error(`no call log for the ${store.engine} store`);
}
