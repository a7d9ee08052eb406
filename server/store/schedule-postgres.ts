// The schedule and closures on PostgreSQL. A change takes an exclusive advisory lock on each date it affects; every
// booking (and move) holds the shared lock of its date from its first statement, and checks the session and the
// day's closures again after taking it. So a change waits for the bookings in flight on those dates, then counts or
// marks them; a booking that starts meanwhile waits, then sees the change — whatever the number of instances.
import type pg from 'pg';
import type { Holiday, Refusal, SessionBookings, SessionTemplate } from '../../src/rules/index.js';
import { inTransaction, RollbackWith } from './postgres-places.js';
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

/** The first key of the per-date advisory locks (the second is the date's hash). */
export const DAY_LOCK = 7_170_003;

const APPEND = `INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

/** Takes the exclusive lock of each date, in date order (two changes never wait on each other crosswise). */
async function lockDays(c: pg.PoolClient, dates: string[]) {
  await c.query(`SELECT pg_advisory_xact_lock(${DAY_LOCK}, hashtext(d)) FROM unnest($1::text[]) AS d`, [
    [...new Set(dates)].sort(),
  ]);
}

/** The shared lock of a booking's date (a booking or a move of one). */
export const lockDayShared = (c: pg.PoolClient, date: string) =>
  c.query(`SELECT pg_advisory_xact_lock_shared(${DAY_LOCK}, hashtext($1))`, [date]);

/**
 * What a booking's transaction checks, after its day's shared lock: whether the person holds another active booking
 * that day, the session's quota as stored now (null when gone), and the closure of the day (its reason), if any.
 */
export async function bookingFacts(
  c: pg.PoolClient,
  b: { nikHash: string; serviceId: string; agencyId: string; date: string; sessionId: string },
  weekday: number,
  except: string,
) {
  const { rows } = await c.query<{ active: boolean; quota: number | null; closed: string | null }>(
    `SELECT EXISTS (SELECT 1 FROM bookings WHERE nik_hash = $1 AND service_id = $2 AND date = $3
         AND status IN ${ACTIVE} AND code <> $7) AS active,
       (SELECT quota FROM session_templates WHERE service_id = $2 AND weekday = $4 AND id = $5) AS quota,
       (SELECT name FROM closures WHERE date = $3 AND (agency_id IS NULL OR agency_id = $6) LIMIT 1) AS closed`,
    [b.nikHash, b.serviceId, b.date, weekday, b.sessionId, b.agencyId, except],
  );
  return rows[0]!;
}

/** The calendar's refusal judged again from `bookingFacts`, or null. */
export function recheckRefusal(facts: { quota: number | null; closed: string | null }): Refusal | null {
  if (facts.closed !== null) return { status: 409, code: 'day_closed', detail: facts.closed };
  if (facts.quota === null)
    return {
      status: 422,
      code: 'validation_failed',
      errors: [{ field: 'sessionId', code: 'unknown', message: 'Sesi tidak ada pada hari itu.' }],
    };
  return null;
}

/**
 * Sets the places left of a service's sessions (the rows bookings take them from) to what the stored schedule,
 * the closures and the bookings say now: after a quota changed, a session went, or a day reopened.
 */
async function resyncPlaces(c: pg.PoolClient, where: string, params: unknown[]) {
  await c.query(
    `UPDATE session_places sp SET remaining = GREATEST(
       COALESCE((SELECT t.quota FROM session_templates t WHERE t.service_id = sp.service_id
         AND t.weekday = EXTRACT(ISODOW FROM sp.date::date)::int AND t.id = sp.session_id), 0)
       - (SELECT COUNT(*)::int FROM bookings b WHERE b.service_id = sp.service_id AND b.date = sp.date
         AND b.session_id = sp.session_id AND b.status IN ${HOLDS_PLACE}), 0)
     WHERE ${where}`,
    params,
  );
}

/** The schedule and closure operations on one pool. */
export class PostgresSchedule {
  constructor(private readonly pool: pg.Pool) {}

  async holiday(date: string, agencyId?: string): Promise<Holiday | undefined> {
    const { rows } = await this.pool.query<Holiday>(
      `SELECT date, name, kind AS type FROM closures WHERE date = $1 AND (agency_id IS NULL OR agency_id = $2)
       ORDER BY agency_id IS NOT NULL LIMIT 1`,
      [date, agencyId ?? null],
    );
    return rows[0];
  }

  async windowOpensAt(serviceId: string, c: pg.Pool | pg.PoolClient = this.pool): Promise<string | null> {
    const { rows } = await c.query<{ w: string | null }>('SELECT window_opens_at AS w FROM services WHERE id = $1', [
      serviceId,
    ]);
    return rows[0]?.w ?? null;
  }

  async schedule(serviceId: string, c: pg.Pool | pg.PoolClient = this.pool): Promise<ScheduleRecord> {
    const { rows } = await c.query<SessionTemplate & { weekday: number }>(
      `SELECT weekday, id, start_time AS start, end_time AS "end", quota FROM session_templates WHERE service_id = $1
       ORDER BY weekday, start_time`,
      [serviceId],
    );
    const weekdays: SessionTemplate[][] = [[], [], [], [], [], [], []];
    for (const { weekday, ...t } of rows) weekdays[weekday - 1]!.push(t);
    return { windowOpensAt: await this.windowOpensAt(serviceId, c), weekdays };
  }

  replaceSchedule(
    serviceId: string,
    next: ScheduleRecord,
    days: string[],
    weekdayOf: (date: string) => number,
    judge: (before: ScheduleRecord, booked: SessionBookings[]) => Refusal | null,
    audit: (before: ScheduleRecord) => AuditEntry,
  ): Promise<Judged<ScheduleRecord>> {
    return inTransaction(this.pool, async (c): Promise<Judged<ScheduleRecord>> => {
      await lockDays(c, days);
      // Two changes of one service at once: the second waits for the first and judges what it left.
      await c.query('SELECT 1 FROM services WHERE id = $1 FOR UPDATE', [serviceId]);
      const before = await this.schedule(serviceId, c);
      const { rows } = await c.query<{ date: string; session_id: string; active: number; holding: number }>(
        `SELECT date, session_id, COUNT(*) FILTER (WHERE status IN ${ACTIVE})::int AS active, COUNT(*)::int AS holding
         FROM bookings WHERE service_id = $1 AND date >= $2 AND status IN ${HOLDS_PLACE}
         GROUP BY date, session_id ORDER BY date, session_id`,
        [serviceId, days[0]],
      );
      const booked = rows.map((r) => ({
        date: r.date,
        weekday: weekdayOf(r.date),
        sessionId: r.session_id,
        active: r.active,
        holding: r.holding,
      }));
      const refusal = judge(before, booked);
      if (refusal) throw new RollbackWith<Judged<ScheduleRecord>>({ ok: false, refusal });
      await c.query('DELETE FROM session_templates WHERE service_id = $1', [serviceId]);
      const sessions = next.weekdays.flatMap((list, i) =>
        list.map((s) => ({
          service_id: serviceId,
          weekday: i + 1,
          id: s.id,
          start_time: s.start,
          end_time: s.end,
          quota: s.quota,
        })),
      );
      if (sessions.length)
        await c.query(
          `INSERT INTO session_templates SELECT * FROM json_populate_recordset(NULL::session_templates, $1)`,
          [JSON.stringify(sessions)],
        );
      await c.query('UPDATE services SET window_opens_at = $2 WHERE id = $1', [serviceId, next.windowOpensAt]);
      await resyncPlaces(c, 'sp.service_id = $1 AND sp.date >= $2', [serviceId, days[0]]);
      await c.query(APPEND, auditParams(audit(before)));
      return { ok: true, value: await this.schedule(serviceId, c) };
    });
  }

  async closures(from: string, to: string, agencyId?: string): Promise<ClosureRecord[]> {
    const { rows } = await this.pool.query<ClosureRow>(
      `SELECT * FROM closures WHERE date BETWEEN $1 AND $2 AND ($3::text IS NULL OR agency_id IS NULL OR agency_id = $3)
       ORDER BY date, agency_id IS NOT NULL, agency_id`,
      [from, to, agencyId ?? null],
    );
    return rows.map(toClosure);
  }

  async closureById(id: string, c: pg.Pool | pg.PoolClient = this.pool): Promise<ClosureRecord | undefined> {
    const row = (await c.query<ClosureRow>('SELECT * FROM closures WHERE id = $1', [id])).rows[0];
    return row && toClosure(row);
  }

  async closureImpact(date: string, agencyId: string | null) {
    const { rows } = await this.pool.query<{ bookings: number; already: boolean }>(
      `SELECT (SELECT COUNT(*)::int FROM bookings WHERE date = $1 AND ($2::text IS NULL OR agency_id = $2)
           AND status IN ${CLOSABLE}) AS bookings,
         EXISTS (SELECT 1 FROM closures WHERE date = $1 AND COALESCE(agency_id, '') = COALESCE($2::text, '')) AS already`,
      [date, agencyId],
    );
    return { bookings: rows[0]!.bookings, alreadyClosed: rows[0]!.already };
  }

  addClosure(closure: ClosureRecord, at: string, audit: (closed: number) => AuditEntry): Promise<Judged<number>> {
    return inTransaction(this.pool, async (c): Promise<Judged<number>> => {
      await lockDays(c, [closure.date]);
      const inserted = await c.query(
        `INSERT INTO closures (id, date, agency_id, kind, name, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [closure.id, closure.date, closure.agencyId, closure.kind, closure.name, closure.createdAt, closure.createdBy],
      );
      if (!inserted.rowCount)
        return { ok: false, refusal: { status: 409, code: 'conflict', detail: 'Hari itu sudah ditutup.' } };
      const marked = await c.query(
        `UPDATE bookings SET status = 'closed', closure_kind = $1, closure_name = $2, updated_at = $3
         WHERE date = $4 AND ($5::text IS NULL OR agency_id = $5) AND status IN ${CLOSABLE}`,
        [closure.kind, closure.name, at, closure.date, closure.agencyId],
      );
      const closed = marked.rowCount ?? 0;
      await c.query(APPEND, auditParams(audit(closed)));
      return { ok: true, value: closed };
    });
  }

  removeClosure(id: string, audit: (before: ClosureRecord) => AuditEntry): Promise<ClosureRecord | undefined> {
    return inTransaction(this.pool, async (c) => {
      const before = await this.closureById(id, c);
      if (!before) return undefined;
      await lockDays(c, [before.date]);
      if (!(await c.query('DELETE FROM closures WHERE id = $1', [id])).rowCount) return undefined;
      // The day's places were left as they were when it closed: count them again before it takes bookings.
      await resyncPlaces(
        c,
        `sp.date = $1 AND ($2::text IS NULL OR sp.service_id IN (SELECT id FROM services WHERE agency_id = $2))`,
        [before.date, before.agencyId],
      );
      await c.query(APPEND, auditParams(audit(before)));
      return before;
    });
  }
}
