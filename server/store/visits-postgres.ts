// The visit store on PostgreSQL (server/store/visits-types.ts), on the booking store's pool: each change in one
// transaction with its audit entry, the booking's row locked; a session's place given back when a visit stops
// holding it. The retention job takes an advisory lock, so of several instances one erases at a time (its UPDATE is
// idempotent anyway: a second run finds nothing left).
import type pg from 'pg';
import { PLACE_HOLDING_STATUSES, type Refusal, type VisitFact } from '../../src/rules/index.js';
import type { BookingStatus } from '../../src/api/types.js';
import { freePlace, inTransaction, RollbackWith } from './postgres-places.js';
import { ACTIVE_SQL as ACTIVE, toRecord, type BookingRow } from './rows.js';
import { auditParams } from './staff-sqlite.js';
import { APPEND } from './staff-postgres.js';
import type { AuditEntry } from './staff-types.js';
import type { BookingRecord, ChangeResult } from './types.js';
import { ERASED_NIK_PREFIX, matchesPerson, type PersonQuery, type VisitStore } from './visits-types.js';

const BATCH = 500;
/** The advisory lock of the retention job (any constant other jobs do not use). */
const RETENTION_LOCK = 7_261_802;
const holdsPlace = (status: string) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(status);
const ERASE_SET = `name = '', phone = '', email = NULL, extra_fields = NULL, cancel_note = NULL, nik_hash = '${ERASED_NIK_PREFIX}' || code, nik_last4 = '', nik_birth = '',
  erased_at = $1, updated_at = $1`;

export class PostgresVisitStore implements VisitStore {
  constructor(private readonly pool: pg.Pool) {}

  async finishVisit(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    change: { status: BookingStatus; counterId: string | null },
    audit: (before: BookingRecord, after: BookingRecord) => AuditEntry,
  ): Promise<ChangeResult> {
    return inTransaction(this.pool, async (c): Promise<ChangeResult> => {
      const row = (await c.query<BookingRow>('SELECT * FROM bookings WHERE code = $1 FOR UPDATE', [code])).rows[0];
      if (!row) return { ok: false, refusal: { status: 409, code: 'booking_not_active' } };
      const before = toRecord(row);
      const refused = refusal(before);
      if (refused) throw new RollbackWith<ChangeResult>({ ok: false, refusal: refused });
      const { rows } = await c.query<BookingRow>(
        'UPDATE bookings SET status = $2, counter_id = $3, updated_at = $4 WHERE code = $1 RETURNING *',
        [code, change.status, change.counterId, at],
      );
      const after = toRecord(rows[0]!);
      // A visitor who did not come gives the place back, as the SQLite store counts it.
      if (holdsPlace(before.status) && !holdsPlace(after.status))
        await freePlace(c, before.serviceId, before.date, before.sessionId);
      await c.query(APPEND, auditParams(audit(before, after)));
      return { ok: true, record: after };
    });
  }

  async servingAt(agencyId: string, date: string, counterId: string): Promise<BookingRecord | undefined> {
    const { rows } = await this.pool.query<BookingRow>(
      `SELECT * FROM bookings WHERE agency_id = $1 AND date = $2 AND counter_id = $3 AND status = 'serving'`,
      [agencyId, date, counterId],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async waitingFor(agencyId: string, date: string, counterId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM bookings
       WHERE agency_id = $1 AND date = $2 AND counter_id = $3 AND status = 'checked_in'`,
      [agencyId, date, counterId],
    );
    return rows[0]!.n;
  }

  async visitFacts(from: string, to: string, agencyId?: string): Promise<VisitFact[]> {
    const { rows } = await this.pool.query<{
      date: string;
      agency_id: string;
      service_id: string;
      status: BookingStatus;
      checked_in_at: string | null;
      called_at: string | null;
    }>(
      `SELECT date, agency_id, service_id, status, checked_in_at, called_at FROM bookings
       WHERE date >= $1 AND date <= $2 AND ($3::text IS NULL OR agency_id = $3)`,
      [from, to, agencyId ?? null],
    );
    return rows.map((r) => ({
      date: r.date,
      agencyId: r.agency_id,
      serviceId: r.service_id,
      status: r.status,
      checkedInAt: r.checked_in_at,
      calledAt: r.called_at,
    }));
  }

  async eraseBefore(beforeDate: string, answersBefore: string, at: string): Promise<number> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [RETENTION_LOCK]);
      // Another instance is erasing now: what it leaves, the next run here finds.
      if (!rows[0]!.got) return 0;
      try {
        let erased = 0;
        for (;;) {
          // Each batch commits on its own (autocommit): row locks are held for one batch only.
          const { rowCount } = await client.query(
            `UPDATE bookings SET ${ERASE_SET}
             WHERE code IN (SELECT code FROM bookings WHERE date < $2 AND erased_at IS NULL LIMIT ${BATCH})
             AND erased_at IS NULL`,
            [at, beforeDate],
          );
          erased += rowCount ?? 0;
          if ((rowCount ?? 0) < BATCH) break;
        }
        await client.query('DELETE FROM idempotency WHERE created_at < $1 AND status <> 0', [answersBefore]);
        return erased;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async personBookings(query: PersonQuery): Promise<BookingRecord[]> {
    const { rows } = await this.pool.query<BookingRow>(
      `SELECT * FROM bookings WHERE nik_hash = $1 AND ($2::text IS NULL OR agency_id = $2) ORDER BY date, created_at`,
      [query.nikHash, query.agencyId ?? null],
    );
    return rows.map(toRecord).filter((r) => matchesPerson(r, query));
  }

  async eraseBookings(codes: readonly string[], at: string, audit: AuditEntry): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      let erased = 0;
      for (const code of codes) {
        const { rows } = await c.query<BookingRow>(
          `UPDATE bookings SET status = 'cancelled' WHERE code = $1 AND status IN ${ACTIVE}
           RETURNING service_id, date, session_id`,
          [code],
        );
        // A cancelled booking gives its place back (every active status holds one).
        if (rows[0]) await freePlace(c, rows[0].service_id, rows[0].date, rows[0].session_id);
        const { rowCount } = await c.query(`UPDATE bookings SET ${ERASE_SET} WHERE code = $2 AND erased_at IS NULL`, [
          at,
          code,
        ]);
        if (rowCount) await c.query(`DELETE FROM idempotency WHERE body->>'code' = $1`, [code]);
        erased += rowCount ?? 0;
      }
      await c.query(APPEND, auditParams(audit));
      return erased;
    });
  }
}
