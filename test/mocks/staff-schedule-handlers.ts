/**
 * The schedule and closure operations of the staff API as MSW handlers, for the schedule and closures pages' tests
 * and stories: an in-memory MPP whose every decision is the rules core's (scheduleErrors, scheduleConflicts,
 * templatesOf), as on the server, with the session mock's CSRF rule (staff-handlers.ts) on every change. Bookings
 * are given as counts per date and session (the pages never see a resident).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import type { FieldError } from '../../src/api/types.js';
import {
  conflictError,
  isCalendarDate,
  scheduleConflicts,
  scheduleErrors,
  templatesOf,
  weeklySessions,
  type SessionBookings,
  type SessionTemplate,
} from '../../src/rules/index.js';
import { agencies, holidays, mppClock, services } from './fixtures.js';
import { problem } from './problem.js';
import { csrfRefusal } from './staff-handlers.js';

type Schema<N extends keyof components['schemas']> = components['schemas'][N];

export interface StaffMockOptions {
  base?: string;
  /** Bookings held, per service: counted per date and session as the store counts them. */
  booked?: Record<string, SessionBookings[]>;
  /** Closable bookings (booked or checked in) per date and agency, for previews and closures. */
  closable?: Record<string, Record<string, number>>;
  /** The current instant; default the real clock. */
  now?: () => number;
  /** Every answer fails with this status (a server error, a lost session). */
  failWith?: 401 | 403 | 500;
}

const invalid = (errors: FieldError[]) => problem(422, 'validation_failed', { errors });

export function createScheduleMock(options: StaffMockOptions = {}) {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const weeks = new Map<string, { windowOpensAt: string | null; weekdays: SessionTemplate[][] }>();
  const weekOf = (serviceId: string) => {
    let week = weeks.get(serviceId);
    if (!week) {
      week = { windowOpensAt: null, weekdays: [1, 2, 3, 4, 5, 6, 7].map((d) => weeklySessions(d, 10)) };
      weeks.set(serviceId, week);
    }
    return week;
  };
  const closures: Schema<'Closure'>[] = holidays.map((h) => ({
    id: `hol-${h.date}`,
    date: h.date,
    agencyId: null,
    kind: h.type === 'cuti_bersama' ? 'cuti_bersama' : 'holiday',
    name: h.name,
    createdAt: null,
    createdBy: null,
  }));
  const closable = (date: string, agencyId: string | null) =>
    Object.entries(options.closable?.[date] ?? {})
      .filter(([agency]) => agencyId === null || agency === agencyId)
      .reduce((sum, [, n]) => sum + n, 0);
  let serial = 0;

  const publicSchedule = (serviceId: string): Schema<'ServiceSchedule'> => {
    const service = services.find((s) => s.id === serviceId)!;
    const week = weekOf(serviceId);
    return {
      serviceId,
      agencyId: service.agencyId,
      bookable: service.bookable,
      windowDays: 7,
      windowOpensAt: week.windowOpensAt,
      weekdays: week.weekdays.map((sessions, i) => ({ weekday: i + 1, sessions })),
    };
  };

  const handlers: HttpHandler[] = [
    http.all(`${base}/staff/*`, ({ request }) =>
      options.failWith
        ? problem(
            options.failWith,
            options.failWith === 500 ? 'internal' : options.failWith === 401 ? 'unauthorized' : 'forbidden',
          )
        : request.method === 'GET'
          ? undefined
          : csrfRefusal(request),
    ),
    http.get(`${base}/agencies`, () => HttpResponse.json({ items: agencies, total: agencies.length })),
    // The services as the catalogue's staff list names them (the pages read ids and names); an agency's when asked.
    http.get(`${base}/staff/services`, ({ request }) => {
      const agencyId = new URL(request.url).searchParams.get('agencyId');
      const items = services
        .filter((s) => !agencyId || s.agencyId === agencyId)
        .map((s) => ({ ...s, revision: 1, updatedAt: null }));
      return HttpResponse.json({ items, total: items.length });
    }),
    http.get(`${base}/staff/services/:serviceId/schedule`, ({ params }) =>
      services.some((s) => s.id === params.serviceId)
        ? HttpResponse.json(publicSchedule(String(params.serviceId)))
        : problem(404, 'not_found'),
    ),
    http.put(`${base}/staff/services/:serviceId/schedule`, async ({ params, request }) => {
      const serviceId = String(params.serviceId);
      if (!services.some((s) => s.id === serviceId)) return problem(404, 'not_found');
      const change = (await request.json()) as Schema<'ServiceScheduleChange'>;
      const errors = scheduleErrors(change);
      if (errors.length) return invalid(errors);
      const next: SessionTemplate[][] = [[], [], [], [], [], [], []];
      for (const day of change.weekdays) next[day.weekday - 1] = templatesOf(day);
      const before = weekOf(serviceId);
      const conflicts = scheduleConflicts(
        (w) => before.weekdays[w - 1] ?? [],
        (w) => next[w - 1] ?? [],
        options.booked?.[serviceId] ?? [],
      );
      if (conflicts.length)
        return problem(409, 'conflict', {
          detail: 'Perubahan ini akan membatalkan booking yang masih aktif.',
          errors: conflicts.map((c) => conflictError(c)),
        });
      weeks.set(serviceId, { windowOpensAt: change.windowOpensAt, weekdays: next });
      return HttpResponse.json(publicSchedule(serviceId));
    }),
    http.get(`${base}/staff/closures/preview`, ({ request }) => {
      const url = new URL(request.url);
      const date = url.searchParams.get('date') ?? '';
      const agencyId = url.searchParams.get('agencyId');
      if (!isCalendarDate(date))
        return invalid([{ field: 'date', code: 'format', message: 'Gunakan tanggal YYYY-MM-DD.' }]);
      return HttpResponse.json({
        date,
        agencyId,
        bookings: closable(date, agencyId),
        alreadyClosed: closures.some((c) => c.date === date && c.agencyId === agencyId),
      });
    }),
    http.get(`${base}/staff/closures`, ({ request }) => {
      const url = new URL(request.url);
      const from = url.searchParams.get('from') ?? mppClock.dateOf(now());
      const to = mppClock.addDays(from, Number(url.searchParams.get('days') ?? 120) - 1);
      const items = closures.filter((c) => c.date >= from && c.date <= to).sort((a, b) => a.date.localeCompare(b.date));
      return HttpResponse.json({ items, total: items.length });
    }),
    http.post(`${base}/staff/closures`, async ({ request }) => {
      const body = (await request.json()) as Schema<'ClosureNew'>;
      const agencyId = body.agencyId ?? null;
      if (!isCalendarDate(body.date))
        return invalid([{ field: 'date', code: 'format', message: 'Tanggal tidak valid.' }]);
      if (body.date < mppClock.dateOf(now()))
        return invalid([{ field: 'date', code: 'not_allowed', message: 'Tanggal sudah lewat.' }]);
      if (closures.some((c) => c.date === body.date && c.agencyId === agencyId))
        return problem(409, 'conflict', { detail: 'Hari itu sudah ditutup untuk cakupan ini.' });
      const closure: Schema<'Closure'> = {
        id: `cls_${String(++serial).padStart(20, '0')}`,
        date: body.date,
        agencyId,
        kind: body.kind,
        name: body.name.trim(),
        createdAt: mppClock.isoLocal(now()),
        createdBy: 'admin@mpp.test',
      };
      closures.push(closure);
      return HttpResponse.json({ closure, closedBookings: closable(body.date, agencyId) }, { status: 201 });
    }),
    http.delete(`${base}/staff/closures/:closureId`, ({ params }) => {
      const i = closures.findIndex((c) => c.id === params.closureId);
      if (i < 0) return problem(404, 'not_found');
      return HttpResponse.json(closures.splice(i, 1)[0]);
    }),
  ];
  return { handlers, closures, weeks };
}
