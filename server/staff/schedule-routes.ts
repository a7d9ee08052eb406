// The schedule's staff operations (contract tag `staff`): a service's weekly sessions, quotas and window opening
// hour; closed days (holidays, cuti bersama, ad-hoc closures) and the bookings they mark. Each is authorized for the
// agency the target belongs to (the whole MPP: an MPP administrator's), validated by the contract and the rules
// core, and written in one transaction with its audit entry.
import type { Hono } from 'hono';
import type { components } from '../../src/api/mpp-api.js';
import {
  conflictError,
  isCalendarDate,
  scheduleConflicts,
  scheduleErrors,
  templatesOf,
  type ScheduleConflict,
} from '../../src/rules/index.js';
import { schemaValidator } from '../contract.js';
import { fail } from '../problems.js';
import type { ClosureRecord, ScheduleRecord } from '../store/types.js';
import { authorize, scopeOf } from './policy.js';
import { newId } from './ids.js';
import type { StaffDeps, StaffKit } from './routes.js';

type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** A schedule as the API shows it: the seven weekdays in order, each session with its id. */
const publicSchedule = (
  service: { id: string; agencyId: string; bookable: boolean },
  windowDays: number,
  s: ScheduleRecord,
): Schema<'ServiceSchedule'> => ({
  serviceId: service.id,
  agencyId: service.agencyId,
  bookable: service.bookable,
  windowDays,
  windowOpensAt: s.windowOpensAt,
  weekdays: s.weekdays.map((sessions, i) => ({ weekday: i + 1, sessions })),
});

/** A schedule as the audit log keeps it: weekdays with sessions only, times and quotas. */
const auditedSchedule = (s: ScheduleRecord) => ({
  windowOpensAt: s.windowOpensAt,
  weekdays: Object.fromEntries(
    s.weekdays
      .map((sessions, i) => [i + 1, sessions.map((t) => `${t.start}-${t.end}/${t.quota}`)] as const)
      .filter(([, sessions]) => sessions.length),
  ),
});

const publicClosure = (c: ClosureRecord): Schema<'Closure'> => ({ ...c });

export function mountSchedule(api: Hono, d: StaffDeps & StaffKit) {
  const { store, clock, now, catalogue, auth, entry, at, invalid, knownAgency, config } = d;
  const windowDays = config.rules.bookingWindowDays;
  const dateQuery = (field: string, value: string | undefined) => {
    if (value !== undefined && !isCalendarDate(value)) invalid(field, 'Gunakan tanggal YYYY-MM-DD.');
    return value;
  };

  api.get('/staff/services/:serviceId/schedule', async (c) => {
    const p = await auth.principal(c);
    const service = catalogue.getService(c.req.param('serviceId'));
    authorize(p, 'schedule', service.agencyId);
    return c.json(publicSchedule(service, windowDays, await store.schedule(service.id)));
  });

  const validateSchedule = schemaValidator<Schema<'ServiceScheduleChange'>>('ServiceScheduleChange');
  const body = (c: Parameters<typeof d.body>[0]) => d.body(c, validateSchedule);
  api.put('/staff/services/:serviceId/schedule', async (c) => {
    const p = await auth.principal(c);
    const service = catalogue.getService(c.req.param('serviceId'));
    authorize(p, 'schedule', service.agencyId);
    const request = await body(c);
    const errors = scheduleErrors(request);
    if (errors.length) fail(422, 'validation_failed', { errors });
    const next: ScheduleRecord = { windowOpensAt: request.windowOpensAt, weekdays: [[], [], [], [], [], [], []] };
    for (const day of request.weekdays) next.weekdays[day.weekday - 1] = templatesOf(day);
    const today = clock.dateOf(now());
    const days = Array.from({ length: windowDays + 1 }, (_, i) => clock.addDays(today, i));
    let conflicts: ScheduleConflict[] = [];
    const result = await store.replaceSchedule(
      service.id,
      next,
      days,
      (date) => clock.weekday(date),
      (before, booked) => {
        conflicts = scheduleConflicts(
          (w) => before.weekdays[w - 1] ?? [],
          (w) => next.weekdays[w - 1] ?? [],
          booked,
        );
        return conflicts.length ? { status: 409, code: 'conflict' } : null;
      },
      (before) =>
        entry(p, 'schedule.replace', service.agencyId, service.id, auditedSchedule(before), auditedSchedule(next)),
    );
    if (!result.ok)
      fail(409, 'conflict', {
        detail: 'Perubahan ini akan membatalkan booking yang masih aktif.',
        errors: conflicts.map((x) => conflictError(x)),
      });
    return c.json(publicSchedule(service, windowDays, result.value));
  });

  // Closed days.
  api.get('/staff/closures', async (c) => {
    const p = await auth.principal(c);
    const scope = scopeOf(p, 'schedule');
    const from = dateQuery('from', c.req.query('from')) ?? clock.dateOf(now());
    const daysText = c.req.query('days') ?? '120';
    const days = /^\d{1,3}$/.test(daysText) ? Number(daysText) : NaN;
    if (!(days >= 1 && days <= 400)) invalid('days', 'Jumlah hari 1 sampai 400.');
    const items = (await store.closures(from, clock.addDays(from, days - 1), scope)).map(publicClosure);
    return c.json({ items, total: items.length });
  });

  /** The agency a closure request names (null: the whole MPP), known to the MPP. */
  const scopeAgency = (agencyId: string | undefined) => {
    if (agencyId !== undefined && !knownAgency(agencyId)) invalid('agencyId', 'Instansi tidak dikenal.');
    return agencyId ?? null;
  };

  api.get('/staff/closures/preview', async (c) => {
    const p = await auth.principal(c);
    const agencyId = scopeAgency(c.req.query('agencyId'));
    authorize(p, 'schedule', agencyId);
    const date = dateQuery('date', c.req.query('date'));
    if (date === undefined) invalid('date', 'Pilih tanggal.');
    const impact = await store.closureImpact(date!, agencyId);
    return c.json({ date, agencyId, ...impact });
  });

  const validateClosure = schemaValidator<Schema<'ClosureNew'>>('ClosureNew');
  api.post('/staff/closures', async (c) => {
    const p = await auth.principal(c);
    const request = await d.body(c, validateClosure);
    const agencyId = scopeAgency(request.agencyId);
    authorize(p, 'schedule', agencyId);
    if (!isCalendarDate(request.date)) invalid('date', 'Tanggal tidak valid.');
    if (request.date < clock.dateOf(now())) invalid('date', 'Tanggal sudah lewat.');
    if (agencyId !== null && request.kind !== 'closure')
      invalid('kind', 'Libur nasional dan cuti bersama berlaku untuk seluruh MPP.');
    const name = request.name.trim();
    if (name.length < 3) invalid('name', 'Tulis alasan penutupan (sekurang-kurangnya 3 huruf).');
    const closure: ClosureRecord = {
      id: newId('cls'),
      date: request.date,
      agencyId,
      kind: request.kind,
      name,
      createdAt: at(),
      createdBy: p.label,
    };
    const result = await store.addClosure(closure, at(), (closed) =>
      entry(p, 'closure.create', agencyId, closure.id, null, { ...publicClosure(closure), closedBookings: closed }),
    );
    if (!result.ok) fail(409, 'conflict', { detail: 'Hari itu sudah ditutup untuk cakupan ini.' });
    return c.json({ closure: publicClosure(closure), closedBookings: result.value }, 201);
  });

  api.delete('/staff/closures/:closureId', async (c) => {
    const p = await auth.principal(c);
    const found = await store.closureById(c.req.param('closureId'));
    if (!found) fail(404, 'not_found');
    authorize(p, 'schedule', found.agencyId);
    const removed = await store.removeClosure(found.id, (before) =>
      entry(p, 'closure.delete', before.agencyId, before.id, publicClosure(before), null),
    );
    if (!removed) fail(404, 'not_found');
    return c.json(publicClosure(removed));
  });
}
