// The schedule and closures on SQLite: a service's weekly sessions and opening hour, closed days, and the marking of
// a closed day's bookings — each change in one IMMEDIATE transaction with its audit entry, so no booking is written
// between the check and the change (bookings take the same write lock).
import type Database from 'better-sqlite3';
import type { Holiday, Refusal, SessionBookings, SessionTemplate } from '../../src/rules/index.js';
import {
  ACTIVE_SQL as ACTIVE,
  CLOSABLE_SQL as CLOSABLE,
  HOLDS_PLACE_SQL as HOLDS_PLACE,
  toClosure,
  type ClosureRow,
} from './rows.js';
import { auditParams } from './staff-sqlite.js';
import type { AuditEntry } from './staff-types.js';
import type { ClosureRecord, Judged, ScheduleRecord } from './types.js';

const APPEND = `INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The schedule and closure statements of one SQLite database. */
export class SqliteSchedule {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      closureOn: p<Holiday>(
        `SELECT date, name, kind AS type FROM closures WHERE date = ? AND (agency_id IS NULL OR agency_id = ?)
         ORDER BY agency_id IS NOT NULL LIMIT 1`,
      ),
      /** What a booking's transaction checks again: the session's quota as stored, and a closure of the day. */
      recheck: p<{ quota: number | null; closed: string | null }>(
        `SELECT (SELECT quota FROM session_templates WHERE service_id = ? AND weekday = ? AND id = ?) AS quota,
           (SELECT name FROM closures WHERE date = ? AND (agency_id IS NULL OR agency_id = ?) LIMIT 1) AS closed`,
      ),
      opensAt: p<{ window_opens_at: string | null }>('SELECT window_opens_at FROM services WHERE id = ?'),
      templates: p<SessionTemplate & { weekday: number }>(
        `SELECT weekday, id, start_time AS start, end_time AS end, quota FROM session_templates WHERE service_id = ?
         ORDER BY weekday, start_time`,
      ),
      deleteTemplates: p('DELETE FROM session_templates WHERE service_id = ?'),
      insertTemplate: p(
        'INSERT INTO session_templates (service_id, weekday, id, start_time, end_time, quota) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setOpensAt: p('UPDATE services SET window_opens_at = ? WHERE id = ?'),
      booked: p<{ date: string; session_id: string; active: number; holding: number }>(
        `SELECT date, session_id, SUM(status IN ${ACTIVE}) AS active, SUM(status IN ${HOLDS_PLACE}) AS holding
         FROM bookings WHERE service_id = ? AND date >= ? AND status IN ${HOLDS_PLACE}
         GROUP BY date, session_id ORDER BY date, session_id`,
      ),
      closures: p<ClosureRow>(
        `SELECT * FROM closures WHERE date BETWEEN ? AND ? AND (? IS NULL OR agency_id IS NULL OR agency_id = ?)
         ORDER BY date, agency_id IS NOT NULL, agency_id`,
      ),
      closureById: p<ClosureRow>('SELECT * FROM closures WHERE id = ?'),
      sameScope: p<{ id: string }>(`SELECT id FROM closures WHERE date = ? AND COALESCE(agency_id, '') = ?`),
      closable: p<{ n: number }>(
        `SELECT COUNT(*) AS n FROM bookings WHERE date = ? AND (? IS NULL OR agency_id = ?) AND status IN ${CLOSABLE}`,
      ),
      insertClosure: p(
        'INSERT INTO closures (id, date, agency_id, kind, name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      markClosed: p(
        `UPDATE bookings SET status = 'closed', closure_kind = ?, closure_name = ?, updated_at = ?
         WHERE date = ? AND (? IS NULL OR agency_id = ?) AND status IN ${CLOSABLE}`,
      ),
      deleteClosure: p('DELETE FROM closures WHERE id = ?'),
      append: p(APPEND),
    };
  }

  holiday(date: string, agencyId?: string): Holiday | undefined {
    return this.q.closureOn.get(date, agencyId ?? null);
  }

  /** Inside a booking's transaction: the session's stored quota (undefined when gone) and the day's closure. */
  recheck(serviceId: string, agencyId: string, date: string, weekday: number, sessionId: string) {
    const row = this.q.recheck.get(serviceId, weekday, sessionId, date, agencyId)!;
    return { quota: row.quota ?? undefined, closed: row.closed ?? undefined };
  }

  windowOpensAt(serviceId: string): string | null {
    return this.q.opensAt.get(serviceId)?.window_opens_at ?? null;
  }

  schedule(serviceId: string): ScheduleRecord {
    const weekdays: SessionTemplate[][] = [[], [], [], [], [], [], []];
    for (const { weekday, ...t } of this.q.templates.all(serviceId)) weekdays[weekday - 1]!.push(t);
    return { windowOpensAt: this.windowOpensAt(serviceId), weekdays };
  }

  replaceSchedule(
    serviceId: string,
    next: ScheduleRecord,
    days: string[],
    weekdayOf: (date: string) => number,
    judge: (before: ScheduleRecord, booked: SessionBookings[]) => Refusal | null,
    audit: (before: ScheduleRecord) => AuditEntry,
  ): Judged<ScheduleRecord> {
    return this.db
      .transaction((): Judged<ScheduleRecord> => {
        const before = this.schedule(serviceId);
        const booked = this.q.booked.all(serviceId, days[0]).map((r) => ({
          date: r.date,
          weekday: weekdayOf(r.date),
          sessionId: r.session_id,
          active: r.active,
          holding: r.holding,
        }));
        const refusal = judge(before, booked);
        if (refusal) return { ok: false, refusal };
        this.q.deleteTemplates.run(serviceId);
        next.weekdays.forEach((sessions, i) => {
          for (const s of sessions) this.q.insertTemplate.run(serviceId, i + 1, s.id, s.start, s.end, s.quota);
        });
        this.q.setOpensAt.run(next.windowOpensAt, serviceId);
        this.q.append.run(...auditParams(audit(before)));
        return { ok: true, value: this.schedule(serviceId) };
      })
      .immediate();
  }

  closures(from: string, to: string, agencyId?: string): ClosureRecord[] {
    const agency = agencyId ?? null;
    return this.q.closures.all(from, to, agency, agency).map(toClosure);
  }

  closureById(id: string): ClosureRecord | undefined {
    const row = this.q.closureById.get(id);
    return row && toClosure(row);
  }

  closureImpact(date: string, agencyId: string | null) {
    return {
      bookings: this.q.closable.get(date, agencyId, agencyId)!.n,
      alreadyClosed: Boolean(this.q.sameScope.get(date, agencyId ?? '')),
    };
  }

  addClosure(c: ClosureRecord, at: string, audit: (closed: number) => AuditEntry): Judged<number> {
    return this.db
      .transaction((): Judged<number> => {
        if (this.q.sameScope.get(c.date, c.agencyId ?? ''))
          return { ok: false, refusal: { status: 409, code: 'conflict', detail: 'Hari itu sudah ditutup.' } };
        this.q.insertClosure.run(c.id, c.date, c.agencyId, c.kind, c.name, c.createdAt, c.createdBy);
        const closed = this.q.markClosed.run(c.kind, c.name, at, c.date, c.agencyId, c.agencyId).changes;
        this.q.append.run(...auditParams(audit(closed)));
        return { ok: true, value: closed };
      })
      .immediate();
  }

  removeClosure(id: string, audit: (before: ClosureRecord) => AuditEntry): ClosureRecord | undefined {
    return this.db
      .transaction(() => {
        const before = this.closureById(id);
        if (!before) return undefined;
        this.q.deleteClosure.run(id);
        this.q.append.run(...auditParams(audit(before)));
        return before;
      })
      .immediate();
  }
}
