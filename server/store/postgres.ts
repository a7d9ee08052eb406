// The PostgreSQL store, for a city or a province: several server instances on one database behave as one. A place is
// taken with a conditional UPDATE on the session's row of places left (remaining > 0), one active booking per
// person, service and day is a partial unique index, an Idempotency-Key is a primary key whose row lock makes a
// concurrent retry wait for the first answer, and calling the next visitor skips rows another counter holds.
import pg from 'pg';
import {
  changeRefusal,
  PLACE_HOLDING_STATUSES,
  placeRefusal,
  type Holiday,
  type Refusal,
  type SessionBookings,
  type SessionTemplate,
} from '../../src/rules/index.js';
import type { Agency, CancelReason } from '../../src/api/types.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { createPool, migrate, seedPostgres } from './postgres-open.js';
import { bookingFacts, lockDayShared, PostgresSchedule, recheckRefusal, DAY_LOCK } from './schedule-postgres.js';
import type { AuditEntry } from './staff-types.js';
import { freePlace, inTransaction, isUniqueViolation, RollbackWith, takePlace } from './postgres-places.js';
import { PostgresApplications } from './applications-postgres.js';
import { PostgresQueue } from './queue-postgres.js';
import { HOLDS_PLACE_SQL as HOLDS_PLACE, toRecord, type BookingRow } from './rows.js';
import type {
  ApplicationRecord,
  BookingRecord,
  BookingStore,
  CatalogueService,
  ChangeResult,
  ClosureRecord,
  QueueState,
  ReserveRequest,
  ReserveResult,
  RescheduleTarget,
  ScheduleRecord,
  SeedData,
} from './types.js';

const holdsPlace = (status: string) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(status);

/** Connects to `url`, applies the migrations not yet applied, and answers the store. */
export async function openPostgresStore(url: string, { poolSize = 10 } = {}): Promise<PostgresStore> {
  const pool = createPool(url, poolSize);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool);
}

/** The PostgreSQL implementation of `BookingStore` (a `pg` pool; READ COMMITTED and row locks). */
export class PostgresStore implements BookingStore {
  readonly engine = 'postgres';
  private readonly plan: PostgresSchedule;
  private readonly counters: PostgresQueue;
  private readonly applications: PostgresApplications;

  constructor(readonly pool: pg.Pool) {
    this.plan = new PostgresSchedule(pool);
    this.counters = new PostgresQueue(pool);
    this.applications = new PostgresApplications(pool);
  }

  async ready(): Promise<{ ok: true } | { ok: false; reason: string }> {
    try {
      const { rows } = await this.pool.query<{ v: number }>(
        'SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations',
      );
      const version = rows[0]!.v;
      if (version !== POSTGRES_MIGRATIONS.length)
        return { ok: false, reason: `schema ${version} of ${POSTGRES_MIGRATIONS.length}` };
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async seedIfEmpty(seed: SeedData): Promise<boolean> {
    return inTransaction(this.pool, (c) => seedPostgres(c, seed));
  }

  async nikKey(make: () => string): Promise<string> {
    // Instances racing on a new database keep the first key written.
    await this.pool.query(`INSERT INTO meta (key, value) VALUES ('nik_key', $1) ON CONFLICT (key) DO NOTHING`, [
      make(),
    ]);
    const { rows } = await this.pool.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'nik_key'`);
    return rows[0]!.value;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  async agencies(): Promise<Agency[]> {
    return (await this.pool.query<{ doc: Agency }>('SELECT doc FROM agencies ORDER BY position')).rows.map(
      (r) => r.doc,
    );
  }

  async services(): Promise<CatalogueService[]> {
    return (await this.pool.query<{ doc: CatalogueService }>('SELECT doc FROM services ORDER BY position')).rows.map(
      (r) => r.doc,
    );
  }

  async holiday(date: string, agencyId?: string): Promise<Holiday | undefined> {
    return this.plan.holiday(date, agencyId);
  }

  async windowOpensAt(serviceId: string): Promise<string | null> {
    return this.plan.windowOpensAt(serviceId);
  }

  async schedule(serviceId: string): Promise<ScheduleRecord> {
    return this.plan.schedule(serviceId);
  }

  async replaceSchedule(
    serviceId: string,
    next: ScheduleRecord,
    days: string[],
    weekdayOf: (date: string) => number,
    judge: (before: ScheduleRecord, booked: SessionBookings[]) => Refusal | null,
    audit: (before: ScheduleRecord) => AuditEntry,
  ) {
    return this.plan.replaceSchedule(serviceId, next, days, weekdayOf, judge, audit);
  }

  async closures(from: string, to: string, agencyId?: string) {
    return this.plan.closures(from, to, agencyId);
  }

  async closureById(id: string) {
    return this.plan.closureById(id);
  }

  async closureImpact(date: string, agencyId: string | null) {
    return this.plan.closureImpact(date, agencyId);
  }

  async addClosure(closure: ClosureRecord, at: string, audit: (closed: number) => AuditEntry) {
    return this.plan.addClosure(closure, at, audit);
  }

  async removeClosure(id: string, audit: (before: ClosureRecord) => AuditEntry) {
    return this.plan.removeClosure(id, audit);
  }

  async sessionTemplates(serviceId: string, weekday: number): Promise<SessionTemplate[]> {
    const { rows } = await this.pool.query<SessionTemplate>(
      'SELECT id, start_time AS start, end_time AS "end", quota FROM session_templates WHERE service_id = $1 AND weekday = $2 ORDER BY start_time',
      [serviceId, weekday],
    );
    return rows;
  }

  async placesTaken(serviceId: string, date: string): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ session_id: string; n: number }>(
      `SELECT session_id, COUNT(*)::int AS n FROM bookings WHERE service_id = $1 AND date = $2 AND status IN ${HOLDS_PLACE} GROUP BY session_id`,
      [serviceId, date],
    );
    return new Map(rows.map((r) => [r.session_id, r.n]));
  }

  async reserve(request: ReserveRequest): Promise<ReserveResult> {
    return inTransaction(this.pool, async (c): Promise<ReserveResult> => {
      const b = request.booking;
      // Claim the key: a concurrent request with the same key (on any instance) waits here for this one's answer.
      // The same statement takes the shared lock of the booking's day, which a schedule change or a closure of that
      // day takes exclusively (schedule-postgres.ts): no extra round trip for the rush.
      const claimed = await c.query(
        `INSERT INTO idempotency (key, request_hash, status, body, created_at)
         SELECT $1::text, $2::text, 0, 'null'::json, $3::text
         FROM (SELECT pg_advisory_xact_lock_shared(${DAY_LOCK}, hashtext($4::text))) AS day_lock
         ON CONFLICT (key) DO NOTHING`,
        [request.idempotencyKey, request.requestHash, b.createdAt, b.date],
      );
      if (!claimed.rowCount) {
        const { rows } = await c.query<{ request_hash: string; status: number; body: unknown }>(
          'SELECT request_hash, status, body FROM idempotency WHERE key = $1',
          [request.idempotencyKey],
        );
        const previous = rows[0]!;
        if (previous.request_hash !== request.requestHash) return { kind: 'key_reused' };
        return { kind: 'answered', answer: { status: previous.status, body: previous.body }, replayed: true };
      }
      let refusal = request.calendarRefusal;
      // A field refusal is not kept: rolling back frees the key for the corrected request.
      if (refusal?.status === 422) throw new RollbackWith<ReserveResult>({ kind: 'invalid', refusal });
      let record: BookingRecord | undefined;
      // The calendar judged again under the day's lock: staff may have closed the day or changed the session.
      const facts = refusal ? undefined : await bookingFacts(c, b, request.weekday, '');
      if (facts) refusal = recheckRefusal(facts);
      if (refusal?.status === 422) throw new RollbackWith<ReserveResult>({ kind: 'invalid', refusal });
      if (!refusal) {
        const quota = facts!.quota!;
        const personHasActiveBooking = facts!.active;
        await c.query('SAVEPOINT place');
        const took = await takePlace(c, b.serviceId, b.date, b.sessionId, quota);
        refusal = placeRefusal({ quota, taken: took ? 0 : quota, personHasActiveBooking });
        if (!refusal) {
          record = await this.insertBooking(c, request);
          // The same person booking at once elsewhere committed first: the unique index refused this one.
          if (!record) refusal = placeRefusal({ quota: request.quota, taken: 0, personHasActiveBooking: true });
        }
        if (refusal) await c.query('ROLLBACK TO SAVEPOINT place');
      }
      const answer = record
        ? { status: 201, body: request.answer(record) }
        : { status: refusal!.status, body: request.refusal(refusal!) };
      await c.query('UPDATE idempotency SET status = $2, body = $3 WHERE key = $1', [
        request.idempotencyKey,
        answer.status,
        JSON.stringify(answer.body),
      ]);
      return { kind: 'answered', answer, replayed: false };
    });
  }

  /** Writes the booking (a fresh code when its code is taken); undefined when the person already holds one. */
  private async insertBooking(c: pg.PoolClient, request: ReserveRequest): Promise<BookingRecord | undefined> {
    const b = request.booking;
    for (let code = b.code; ; code = request.newCode()) {
      await c.query('SAVEPOINT insert_booking');
      try {
        await c.query(
          `INSERT INTO bookings (code, service_id, agency_id, date, session_id, session_start, session_end, nik_hash,
             nik_last4, name, phone, email, extra_fields, status, created_at, updated_at, nik_birth)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $14, 'booked', $13, $13, $15)`,
          [
            code,
            b.serviceId,
            b.agencyId,
            b.date,
            b.sessionId,
            b.sessionStart,
            b.sessionEnd,
            b.nikHash,
            b.nikLast4,
            b.name,
            b.phone,
            b.email,
            b.createdAt,
            b.fields ? JSON.stringify(b.fields) : null,
            b.nikBirth,
          ],
        );
        return {
          ...b,
          fields: b.fields ?? null,
          cancelReason: null,
          code,
          status: 'booked',
          queueSeq: null,
          queueNumber: null,
          counterId: null,
          checkedInAt: null,
          calledAt: null,
          updatedAt: b.createdAt,
          closure: null,
        };
      } catch (error) {
        await c.query('ROLLBACK TO SAVEPOINT insert_booking');
        if (isUniqueViolation(error, 'bookings_pkey')) continue;
        if (isUniqueViolation(error, 'bookings_one_active')) return undefined;
        throw error;
      }
    }
  }

  async booking(code: string): Promise<BookingRecord | undefined> {
    const row = (await this.pool.query<BookingRow>('SELECT * FROM bookings WHERE code = $1', [code])).rows[0];
    return row && toRecord(row);
  }

  async expire(code: string, at: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      const { rows } = await c.query<BookingRow>(
        `UPDATE bookings SET status = 'expired', updated_at = $2 WHERE code = $1 AND status = 'booked' RETURNING *`,
        [code, at],
      );
      const row = rows[0];
      if (row) await freePlace(c, row.service_id, row.date, row.session_id);
    });
  }

  /** Locks the booking, lets `change` decide and write, and answers the booking as it is after. */
  private changeBooking(
    code: string,
    change: (c: pg.PoolClient, record: BookingRecord) => Promise<Refusal | null>,
    first?: (c: pg.PoolClient) => Promise<unknown>,
  ): Promise<ChangeResult> {
    return inTransaction(this.pool, async (c): Promise<ChangeResult> => {
      await first?.(c);
      const select = () => c.query<BookingRow>('SELECT * FROM bookings WHERE code = $1 FOR UPDATE', [code]);
      const row = (await select()).rows[0];
      if (!row) return { ok: false, refusal: { status: 409, code: 'booking_not_active' } };
      const refusal = await change(c, toRecord(row));
      if (refusal) throw new RollbackWith<ChangeResult>({ ok: false, refusal });
      return { ok: true, record: toRecord((await select()).rows[0]!) };
    });
  }

  async cancel(code: string, at: string, reason?: CancelReason): Promise<ChangeResult> {
    return this.changeBooking(code, async (c, record) => {
      const refusal = changeRefusal(record.status);
      if (refusal) return refusal;
      await c.query(
        `UPDATE bookings SET status = 'cancelled', updated_at = $2, cancel_reason = $3, cancel_note = $4 WHERE code = $1`,
        [code, at, reason?.code ?? null, reason?.text ?? null],
      );
      if (holdsPlace(record.status)) await freePlace(c, record.serviceId, record.date, record.sessionId);
      return null;
    });
  }

  async reschedule(code: string, target: RescheduleTarget, at: string): Promise<ChangeResult> {
    // The target day's shared lock first (before the booking's row), as a booking takes it: see schedule-postgres.ts.
    return this.changeBooking(
      code,
      async (c, record) => {
        const refused = changeRefusal(record.status);
        if (refused) return refused;
        const facts = await bookingFacts(c, { ...record, ...target }, target.weekday, code);
        const recheck = recheckRefusal(facts);
        if (recheck) return recheck;
        const quota = facts.quota!;
        // A closed booking holds no place: it takes one wherever it goes, and gives none back.
        const holds = holdsPlace(record.status);
        const sameSession = holds && record.date === target.date && record.sessionId === target.sessionId;
        const took = sameSession || (await takePlace(c, record.serviceId, target.date, target.sessionId, quota));
        const refusal = placeRefusal({ quota, taken: took ? 0 : quota, personHasActiveBooking: facts.active });
        if (refusal) return refusal;
        try {
          await c.query(
            `UPDATE bookings SET date = $2, session_id = $3, session_start = $4, session_end = $5, updated_at = $6,
               status = 'booked', closure_kind = NULL, closure_name = NULL WHERE code = $1`,
            [code, target.date, target.sessionId, target.sessionStart, target.sessionEnd, at],
          );
        } catch (error) {
          if (isUniqueViolation(error, 'bookings_one_active'))
            return placeRefusal({ quota: 1, taken: 0, personHasActiveBooking: true });
          throw error;
        }
        if (holds && !sameSession) await freePlace(c, record.serviceId, record.date, record.sessionId);
        return null;
      },
      (c) => lockDayShared(c, target.date),
    );
  }

  async checkIn(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    numberOf: (seq: number) => string,
  ): Promise<ChangeResult> {
    return this.changeBooking(code, async (c, record) => {
      const refused = refusal(record);
      if (refused) return refused;
      // The day's sequence of the agency, incremented in one statement: two check-ins never share a number.
      const { rows } = await c.query<{ seq: number }>(
        `INSERT INTO queue_counters (agency_id, date, last_seq) VALUES ($1, $2, 1)
         ON CONFLICT (agency_id, date) DO UPDATE SET last_seq = queue_counters.last_seq + 1 RETURNING last_seq AS seq`,
        [record.agencyId, record.date],
      );
      const seq = rows[0]!.seq;
      await c.query(
        `UPDATE bookings SET status = 'checked_in', queue_seq = $2, queue_number = $3, checked_in_at = $4, updated_at = $4
         WHERE code = $1`,
        [code, seq, numberOf(seq), at],
      );
      return null;
    });
  }

  async callNext(agencyId: string, date: string, counterId: string, at: string): Promise<void> {
    return this.counters.callNext(agencyId, date, counterId, at);
  }

  async queue(agencyId: string, date: string): Promise<QueueState> {
    return this.counters.queue(agencyId, date);
  }

  async waitingBefore(agencyId: string, date: string, queueSeq: number): Promise<number> {
    return this.counters.waitingBefore(agencyId, date, queueSeq);
  }

  async application(number: string) {
    return this.applications.application(number);
  }

  async changeApplication(
    number: string,
    at: string,
    change: (current: ApplicationRecord) => ApplicationRecord | Refusal,
  ): Promise<ApplicationRecord | Refusal | undefined> {
    return this.applications.changeApplication(number, at, change);
  }
}
