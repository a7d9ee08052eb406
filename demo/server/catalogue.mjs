// Catalogue and calendar: agencies, services, and the days and sessions of the booking window.
import { createHash } from 'node:crypto';
import { fail } from './problems.mjs';
// The contract's projection of a service, from the built library (npm start and npm test build it first).
import { summaryOf } from '../../dist/lib/api/summary.js';

export function createCatalogue({ db, clock, config }) {
  const agencyRows = db.prepare('SELECT doc FROM agencies ORDER BY rowid');
  const serviceRows = db.prepare('SELECT doc FROM services ORDER BY rowid');
  const holidayRow = db.prepare('SELECT name, type FROM holidays WHERE date = ?');
  const templates = db.prepare(
    'SELECT id, start_time, end_time, quota FROM session_templates WHERE service_id = ? AND weekday = ? ORDER BY start_time',
  );
  const template = db.prepare(
    'SELECT id, start_time, end_time, quota FROM session_templates WHERE service_id = ? AND weekday = ? AND id = ?',
  );
  const takenInDay = db.prepare(`SELECT session_id, COUNT(*) AS n FROM bookings
    WHERE service_id = ? AND date = ? AND status IN ('booked', 'checked_in', 'serving', 'done') GROUP BY session_id`);

  const agencies = agencyRows.all().map((r) => JSON.parse(r.doc));
  const agencyById = new Map(agencies.map((a) => [a.id, a]));

  // The catalogue changes only through a restart with new seed data: compute it and its ETag once.
  const services = serviceRows.all().map((r) => JSON.parse(r.doc));
  const summaries = services.map(summaryOf);
  const usedAgencies = new Set(services.map((s) => s.agencyId));
  const serviceList = {
    items: summaries,
    total: summaries.length,
    agencies: agencies.filter((a) => usedAgencies.has(a.id)),
  };
  const serviceListJson = JSON.stringify(serviceList);
  const agencyListJson = JSON.stringify({ items: agencies, total: agencies.length });
  const etagOf = (text) => `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;

  const serviceById = new Map(services.map((s) => [s.id, { ...s, agency: agencyById.get(s.agencyId) }]));

  function getService(id) {
    const service = serviceById.get(id);
    if (!service) fail(404, 'not_found');
    return service;
  }

  /** Why a date is closed, or null when the MPP is open that day. */
  function closedReason(date) {
    const weekday = clock.weekday(date);
    if (weekday >= 6) return { code: 'weekend' };
    const holiday = holidayRow.get(date);
    if (holiday) return { code: holiday.type === 'cuti_bersama' ? 'cuti_bersama' : 'holiday', name: holiday.name };
    return null;
  }

  /** Whether a date is inside today … today+window. */
  function inWindow(date, now) {
    const offset = clock.daysBetween(clock.dateOf(now), date);
    return offset >= 0 && offset <= config.bookingWindowDays;
  }

  function sessionOf(row, date, taken, now) {
    const start = clock.at(date, row.start_time);
    const end = clock.at(date, row.end_time);
    const remaining = Math.max(0, row.quota - (taken ?? 0));
    return {
      id: row.id,
      start: clock.isoLocal(start),
      end: clock.isoLocal(end),
      quota: row.quota,
      remaining,
      bookable: remaining > 0 && now < end,
    };
  }

  function availability(serviceId, { from, days }, now) {
    const service = getService(serviceId);
    const today = clock.dateOf(now);
    const first = from ?? today;
    const count = days ?? config.bookingWindowDays + 1;
    const out = [];
    for (let i = 0; i < count; i++) {
      const date = clock.addDays(first, i);
      if (clock.daysBetween(today, date) < 0) {
        out.push({ date, open: false, reason: { code: 'past' }, sessions: [] });
        continue;
      }
      const reason = closedReason(date);
      if (reason) {
        out.push({ date, open: false, reason, sessions: [] });
        continue;
      }
      if (!service.bookable || !inWindow(date, now)) {
        out.push({ date, open: false, reason: { code: 'closed' }, sessions: [] });
        continue;
      }
      const taken = new Map(takenInDay.all(serviceId, date).map((r) => [r.session_id, r.n]));
      const sessions = templates
        .all(serviceId, clock.weekday(date))
        .map((row) => sessionOf(row, date, taken.get(row.id), now));
      out.push({
        date,
        open: sessions.length > 0,
        ...(sessions.length ? {} : { reason: { code: 'closed' } }),
        sessions,
      });
    }
    return { serviceId, timezone: config.timezone, days: out };
  }

  /**
   * The session a booking asks for, after every rule of the calendar: bookable service, inside the window, an
   * open day, a session that exists that weekday and has not ended. Quota is checked by the caller, in its
   * transaction.
   */
  function bookableSession(serviceId, date, sessionId, now) {
    const service = serviceById.get(serviceId);
    if (!service)
      fail(422, 'validation_failed', {
        errors: [{ field: 'serviceId', code: 'unknown', message: 'Layanan tidak dikenal.' }],
      });
    if (!service.bookable) fail(409, 'service_not_bookable');
    if (!inWindow(date, now))
      fail(409, 'outside_window', {
        detail: `Booking dapat dilakukan untuk hari ini sampai ${config.bookingWindowDays} hari ke depan.`,
      });
    const reason = closedReason(date);
    if (reason) fail(409, 'day_closed', { detail: reason.name ?? undefined });
    const session = template.get(serviceId, clock.weekday(date), sessionId);
    if (!session)
      fail(422, 'validation_failed', {
        errors: [{ field: 'sessionId', code: 'unknown', message: 'Sesi tidak ada pada hari itu.' }],
      });
    if (now >= clock.at(date, session.end_time)) fail(409, 'session_ended');
    return session;
  }

  return {
    agencies,
    agencyById,
    serviceList,
    serviceListJson,
    serviceListEtag: etagOf(serviceListJson),
    agencyListJson,
    agencyListEtag: etagOf(agencyListJson),
    getService,
    availability,
    bookableSession,
  };
}
