// The SQLite store, the embedded default: one file, WAL, every change in one IMMEDIATE transaction, so the quota is
// never exceeded and one person never holds two active bookings for a service and day, whatever the concurrency.
import type Database from 'better-sqlite3';
import {
  changeRefusal,
  placeRefusal,
  type Holiday,
  type Refusal,
  type SessionBookings,
  type SessionTemplate,
} from '../../src/rules/index.js';
import type { Agency, CancelReason } from '../../src/api/types.js';
import type {
  ApplicationRecord,
  BookingRecord,
  BookingStore,
  CatalogueService,
  ChangeResult,
  ClosureRecord,
  ReserveRequest,
  ReserveResult,
  RescheduleTarget,
  ScheduleRecord,
  SeedData,
} from './types.js';
import type { AuditEntry } from './staff-types.js';
import { SqliteApplications } from './applications-sqlite.js';
import { SqliteQueue } from './queue-sqlite.js';
import { SqliteSchedule } from './schedule-sqlite.js';
import { ACTIVE_SQL as ACTIVE, HOLDS_PLACE_SQL as HOLDS_PLACE, toRecord, type BookingRow } from './rows.js';
import { openSqliteDatabase, seedSqlite, SQLITE_MIGRATIONS } from './sqlite-schema.js';

/** Opens (creating when missing) and migrates an SQLite database; `:memory:` for a throwaway one. */
export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore(openSqliteDatabase(path));
}

/** The SQLite implementation of `BookingStore` (better-sqlite3: synchronous, one connection per process). */
export class SqliteStore implements BookingStore {
  readonly engine = 'sqlite';
  private readonly q;
  private readonly plan: SqliteSchedule;
  private readonly counters: SqliteQueue;
  private readonly applications: SqliteApplications;

  constructor(readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.plan = new SqliteSchedule(db);
    this.counters = new SqliteQueue(db);
    this.applications = new SqliteApplications(db);
    this.q = {
      services: p<{ doc: string }>('SELECT doc FROM services ORDER BY rowid'),
      agencies: p<{ doc: string }>('SELECT doc FROM agencies ORDER BY rowid'),
      templates: p<SessionTemplate>(
        'SELECT id, start_time AS start, end_time AS end, quota FROM session_templates WHERE service_id = ? AND weekday = ? ORDER BY start_time',
      ),
      takenInDay: p<{ session_id: string; n: number }>(
        `SELECT session_id, COUNT(*) AS n FROM bookings WHERE service_id = ? AND date = ? AND status IN ${HOLDS_PLACE} GROUP BY session_id`,
      ),
      byCode: p<BookingRow>('SELECT * FROM bookings WHERE code = ?'),
      placesTaken: p<{ n: number }>(
        `SELECT COUNT(*) AS n FROM bookings WHERE service_id = ? AND date = ? AND session_id = ? AND status IN ${HOLDS_PLACE} AND code != ?`,
      ),
      activeFor: p<{ code: string }>(
        `SELECT code FROM bookings WHERE nik_hash = ? AND service_id = ? AND date = ? AND status IN ${ACTIVE} AND code != ?`,
      ),
      insert: p(`INSERT INTO bookings
        (code, service_id, agency_id, date, session_id, session_start, session_end, nik_hash, nik_last4, nik_birth, name, phone, email, extra_fields, status, created_at, updated_at)
        VALUES (@code, @serviceId, @agencyId, @date, @sessionId, @sessionStart, @sessionEnd, @nikHash, @nikLast4, @nikBirth, @name, @phone, @email, @extraFields, 'booked', @createdAt, @createdAt)`),
      idempotencyGet: p<{ request_hash: string; status: number; body: string }>(
        'SELECT request_hash, status, body FROM idempotency WHERE key = ?',
      ),
      idempotencyPut: p('INSERT INTO idempotency (key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?)'),
      cancel: p(
        `UPDATE bookings SET status = 'cancelled', updated_at = ?, cancel_reason = ?, cancel_note = ? WHERE code = ?`,
      ),
      expire: p(`UPDATE bookings SET status = 'expired', updated_at = ? WHERE code = ? AND status = 'booked'`),
      // A closed booking moved to an open day is booked again.
      move: p(
        `UPDATE bookings SET date = ?, session_id = ?, session_start = ?, session_end = ?, updated_at = ?,
           status = 'booked', closure_kind = NULL, closure_name = NULL WHERE code = ?`,
      ),
      nextSeq: p<{ seq: number }>(
        'SELECT COALESCE(MAX(queue_seq), 0) + 1 AS seq FROM bookings WHERE agency_id = ? AND date = ?',
      ),
      checkIn: p(
        `UPDATE bookings SET status = 'checked_in', queue_seq = ?, queue_number = ?, checked_in_at = ?, updated_at = ? WHERE code = ?`,
      ),
    };
  }

  async ready(): Promise<{ ok: true } | { ok: false; reason: string }> {
    try {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version !== SQLITE_MIGRATIONS.length)
        return { ok: false, reason: `schema ${version} of ${SQLITE_MIGRATIONS.length}` };
      this.db.prepare('SELECT 1').get();
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async seedIfEmpty(seed: SeedData): Promise<boolean> {
    return seedSqlite(this.db, seed);
  }

  async nikKey(make: () => string): Promise<string> {
    const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'nik_key'`).get() as { value: string } | undefined;
    if (row) return row.value;
    const key = make();
    this.db.prepare(`INSERT INTO meta (key, value) VALUES ('nik_key', ?)`).run(key);
    return key;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async agencies(): Promise<Agency[]> {
    return this.q.agencies.all().map((r) => JSON.parse(r.doc));
  }

  async services(): Promise<CatalogueService[]> {
    return this.q.services.all().map((r) => JSON.parse(r.doc));
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

  /**
   * The calendar's refusal judged again inside the transaction, and the session's quota as stored now: staff may
   * have closed the day or changed the session since the request was judged outside it.
   */
  private recheck(
    b: { serviceId: string; agencyId: string; date: string; sessionId: string },
    weekday: number,
  ): { refusal: Refusal | null; quota: number } {
    const now = this.plan.recheck(b.serviceId, b.agencyId, b.date, weekday, b.sessionId);
    if (now.closed !== undefined) return { refusal: { status: 409, code: 'day_closed', detail: now.closed }, quota: 0 };
    if (now.quota === undefined)
      return {
        refusal: {
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'sessionId', code: 'unknown', message: 'Sesi tidak ada pada hari itu.' }],
        },
        quota: 0,
      };
    return { refusal: null, quota: now.quota };
  }

  async sessionTemplates(serviceId: string, weekday: number): Promise<SessionTemplate[]> {
    return this.q.templates.all(serviceId, weekday);
  }

  async placesTaken(serviceId: string, date: string): Promise<Map<string, number>> {
    return new Map(this.q.takenInDay.all(serviceId, date).map((r) => [r.session_id, r.n]));
  }

  /** One reservation, inside the caller's transaction. */
  private reserveOne(request: ReserveRequest, createdAt: string): ReserveResult {
    const { q } = this;
    const previous = q.idempotencyGet.get(request.idempotencyKey);
    if (previous) {
      if (previous.request_hash !== request.requestHash) return { kind: 'key_reused' };
      return { kind: 'answered', answer: { status: previous.status, body: JSON.parse(previous.body) }, replayed: true };
    }
    const b = request.booking;
    const current = request.calendarRefusal ? undefined : this.recheck(b, request.weekday);
    const refusal =
      request.calendarRefusal ??
      current!.refusal ??
      placeRefusal({
        quota: current!.quota,
        taken: q.placesTaken.get(b.serviceId, b.date, b.sessionId, '')!.n,
        personHasActiveBooking: Boolean(q.activeFor.get(b.nikHash, b.serviceId, b.date, '')),
      });
    if (refusal?.status === 422) return { kind: 'invalid', refusal };
    let answer;
    if (refusal) {
      // A refusal is an answer too: replaying the key gets the same refusal.
      answer = { status: refusal.status, body: request.refusal(refusal) };
    } else {
      let code = b.code;
      while (q.byCode.get(code)) code = request.newCode();
      const written = { ...b, code };
      q.insert.run({ ...written, extraFields: written.fields ? JSON.stringify(written.fields) : null });
      // The answer is built from what was just written: no second read inside the transaction.
      const record: BookingRecord = {
        ...written,
        fields: written.fields ?? null,
        cancelReason: null,
        status: 'booked',
        queueSeq: null,
        queueNumber: null,
        counterId: null,
        checkedInAt: null,
        calledAt: null,
        updatedAt: written.createdAt,
        closure: null,
      };
      answer = { status: 201, body: request.answer(record) };
    }
    q.idempotencyPut.run(
      request.idempotencyKey,
      request.requestHash,
      answer.status,
      JSON.stringify(answer.body),
      createdAt,
    );
    return { kind: 'answered', answer, replayed: false };
  }

  // Group commit: the reservations that arrive while the event loop is busy are written in one transaction, each in
  // a savepoint of its own (a refused one rolls back alone). A commit writes every page a booking touched to the
  // WAL; one commit for a batch instead of one per booking is most of the server's throughput under load. The
  // quota is still checked and taken inside the transaction, one reservation after another.
  private batch: { request: ReserveRequest; resolve: (r: ReserveResult) => void; reject: (e: unknown) => void }[] = [];

  private flush = (): void => {
    const jobs = this.batch;
    this.batch = [];
    let outcomes: ({ value: ReserveResult } | { error: unknown })[];
    try {
      outcomes = this.db
        .transaction(() =>
          jobs.map((job) => {
            try {
              return {
                value: this.db.transaction(() => this.reserveOne(job.request, job.request.booking.createdAt))(),
              };
            } catch (error) {
              return { error };
            }
          }),
        )
        .immediate();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) job.reject(outcome.error);
      else job.resolve(outcome.value);
    });
  };

  reserve(request: ReserveRequest): Promise<ReserveResult> {
    return new Promise((resolve, reject) => {
      if (this.batch.push({ request, resolve, reject }) === 1) setImmediate(this.flush);
    });
  }

  async booking(code: string): Promise<BookingRecord | undefined> {
    const row = this.q.byCode.get(code);
    return row && toRecord(row);
  }

  async expire(code: string, at: string): Promise<void> {
    this.q.expire.run(at, code);
  }

  private changeBooking(code: string, change: (record: BookingRecord) => Refusal | null): ChangeResult {
    return this.db
      .transaction((): ChangeResult => {
        const row = this.q.byCode.get(code);
        if (!row) return { ok: false, refusal: { status: 409, code: 'booking_not_active' } };
        const refusal = change(toRecord(row));
        if (refusal) return { ok: false, refusal };
        return { ok: true, record: toRecord(this.q.byCode.get(code)!) };
      })
      .immediate();
  }

  async cancel(code: string, at: string, reason?: CancelReason): Promise<ChangeResult> {
    return this.changeBooking(code, (record) => {
      const refusal = changeRefusal(record.status);
      if (!refusal) this.q.cancel.run(at, reason?.code ?? null, reason?.text ?? null, code);
      return refusal;
    });
  }

  async reschedule(code: string, target: RescheduleTarget, at: string): Promise<ChangeResult> {
    return this.changeBooking(code, (record) => {
      const current = this.recheck({ ...record, ...target }, target.weekday);
      const refusal =
        changeRefusal(record.status) ??
        current.refusal ??
        placeRefusal({
          quota: current.quota,
          taken: this.q.placesTaken.get(record.serviceId, target.date, target.sessionId, code)!.n,
          personHasActiveBooking: Boolean(this.q.activeFor.get(record.nikHash, record.serviceId, target.date, code)),
        });
      if (!refusal) this.q.move.run(target.date, target.sessionId, target.sessionStart, target.sessionEnd, at, code);
      return refusal;
    });
  }

  async checkIn(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    numberOf: (seq: number) => string,
  ): Promise<ChangeResult> {
    return this.changeBooking(code, (record) => {
      const refused = refusal(record);
      if (refused) return refused;
      const seq = this.q.nextSeq.get(record.agencyId, record.date)!.seq;
      this.q.checkIn.run(seq, numberOf(seq), at, at, code);
      return null;
    });
  }

  async callNext(agencyId: string, date: string, counterId: string, at: string): Promise<void> {
    this.counters.callNext(agencyId, date, counterId, at);
  }

  async queue(agencyId: string, date: string) {
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

  /** Copies the database, while it serves, to `destination` (SQLite's online backup). */
  backup(destination: string): Promise<unknown> {
    return this.db.backup(destination);
  }
}
