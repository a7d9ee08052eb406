// The visit store on SQLite (server/store/visits-types.ts), sharing the booking store's connection: each change in
// one IMMEDIATE transaction with its audit entry.
import type Database from 'better-sqlite3';
import type { BookingStatus } from '../../src/api/types.js';
import type { Refusal, VisitFact } from '../../src/rules/index.js';
import { ACTIVE_SQL as ACTIVE, toRecord, type BookingRow } from './rows.js';
import { auditParams } from './staff-sqlite.js';
import type { AuditEntry } from './staff-types.js';
import type { BookingRecord, ChangeResult } from './types.js';
import { ERASED_NIK_PREFIX, matchesPerson, type PersonQuery, type VisitStore } from './visits-types.js';

/** Bookings erased per statement: a long erasure never holds the write lock for long. */
const BATCH = 500;

/** The columns that hold a person, and what erasing writes over them. */
const ERASE_SET = `name = '', phone = '', email = NULL, extra_fields = NULL, cancel_note = NULL, nik_hash = '${ERASED_NIK_PREFIX}' || code, nik_last4 = '', nik_birth = '',
  erased_at = @at, updated_at = @at`;

export class SqliteVisitStore implements VisitStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      byCode: p<BookingRow>('SELECT * FROM bookings WHERE code = ?'),
      finish: p('UPDATE bookings SET status = ?, counter_id = ?, updated_at = ? WHERE code = ?'),
      servingAt: p<BookingRow>(
        `SELECT * FROM bookings WHERE agency_id = ? AND date = ? AND counter_id = ? AND status = 'serving'`,
      ),
      waitingFor: p<{ n: number }>(
        `SELECT COUNT(*) AS n FROM bookings WHERE agency_id = ? AND date = ? AND counter_id = ? AND status = 'checked_in'`,
      ),
      facts: p<{
        date: string;
        agency_id: string;
        service_id: string;
        status: BookingStatus;
        checked_in_at: string | null;
        called_at: string | null;
      }>(
        `SELECT date, agency_id, service_id, status, checked_in_at, called_at FROM bookings
         WHERE date >= @from AND date <= @to AND (@agency IS NULL OR agency_id = @agency)`,
      ),
      eraseOld: p(
        `UPDATE bookings SET ${ERASE_SET}
         WHERE code IN (SELECT code FROM bookings WHERE date < @before AND erased_at IS NULL LIMIT ${BATCH})`,
      ),
      dropAnswers: p('DELETE FROM idempotency WHERE created_at < ?'),
      person: p<BookingRow>(
        'SELECT * FROM bookings WHERE nik_hash = @hash AND (@agency IS NULL OR agency_id = @agency) ORDER BY date, created_at',
      ),
      cancelActive: p(`UPDATE bookings SET status = 'cancelled' WHERE code = ? AND status IN ${ACTIVE}`),
      eraseOne: p(`UPDATE bookings SET ${ERASE_SET} WHERE code = @code AND erased_at IS NULL`),
      dropAnswerOf: p(`DELETE FROM idempotency WHERE json_extract(body, '$.code') = ?`),
      append:
        p(`INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  async finishVisit(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    change: { status: BookingStatus; counterId: string | null },
    audit: (before: BookingRecord, after: BookingRecord) => AuditEntry,
  ): Promise<ChangeResult> {
    return this.db
      .transaction((): ChangeResult => {
        const row = this.q.byCode.get(code);
        if (!row) return { ok: false, refusal: { status: 409, code: 'booking_not_active' } };
        const before = toRecord(row);
        const refused = refusal(before);
        if (refused) return { ok: false, refusal: refused };
        this.q.finish.run(change.status, change.counterId, at, code);
        const after = toRecord(this.q.byCode.get(code)!);
        this.q.append.run(...auditParams(audit(before, after)));
        return { ok: true, record: after };
      })
      .immediate();
  }

  async servingAt(agencyId: string, date: string, counterId: string): Promise<BookingRecord | undefined> {
    const row = this.q.servingAt.get(agencyId, date, counterId);
    return row && toRecord(row);
  }

  async waitingFor(agencyId: string, date: string, counterId: string): Promise<number> {
    return this.q.waitingFor.get(agencyId, date, counterId)!.n;
  }

  async visitFacts(from: string, to: string, agencyId?: string): Promise<VisitFact[]> {
    return this.q.facts.all({ from, to, agency: agencyId ?? null }).map((r) => ({
      date: r.date,
      agencyId: r.agency_id,
      serviceId: r.service_id,
      status: r.status,
      checkedInAt: r.checked_in_at,
      calledAt: r.called_at,
    }));
  }

  async eraseBefore(beforeDate: string, answersBefore: string, at: string): Promise<number> {
    let erased = 0;
    for (;;) {
      const { changes } = this.db.transaction(() => this.q.eraseOld.run({ before: beforeDate, at })).immediate();
      erased += changes;
      if (changes < BATCH) break;
    }
    this.q.dropAnswers.run(answersBefore);
    return erased;
  }

  async personBookings(query: PersonQuery): Promise<BookingRecord[]> {
    return this.q.person
      .all({ hash: query.nikHash, agency: query.agencyId ?? null })
      .map(toRecord)
      .filter((r) => matchesPerson(r, query));
  }

  async eraseBookings(codes: readonly string[], at: string, audit: AuditEntry): Promise<number> {
    return this.db
      .transaction(() => {
        let erased = 0;
        for (const code of codes) {
          this.q.cancelActive.run(code);
          const { changes } = this.q.eraseOne.run({ code, at });
          // The kept answer of the booking request names the booking and the NIK's last digits: it goes too.
          if (changes) this.q.dropAnswerOf.run(code);
          erased += changes;
        }
        this.q.append.run(...auditParams(audit));
        return erased;
      })
      .immediate();
  }
}
