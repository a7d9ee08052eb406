// The counter: a booking read by code, check-in, calling the next number (and telling the hall's board), an
// application moved a step, the outcome of the visit being served (served, no-show, sent to another counter) and
// who a counter serves now. Authorized for the booking's or the queue's agency as the database says; the outcome is
// written in one transaction with its audit entry.
import type { Context, Hono } from 'hono';
import type { components, operations } from '../../src/api/mpp-api.js';
import { OUTCOME_STATUS, outcomeRefusal } from '../../src/rules/index.js';
import { inlineValidator } from '../contract.js';
import { fail, refuse } from '../problems.js';
import type { BookingRecord } from '../store/types.js';
import { authorize, type Principal } from './policy.js';
import type { StaffContext } from './routes.js';

type JsonBody<O extends keyof operations> = operations[O] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A visit as the audit log keeps it: by code, status, counter and queue number — never the person. */
const visitState = (r: BookingRecord) => ({ status: r.status, counterId: r.counterId, queueNumber: r.queueNumber });

export function mountCounter(api: Hono, d: StaffContext) {
  const { auth, catalogue, bookings, applications, visits, clock, now, at, entry, body } = d;
  const audit = (...args: Parameters<typeof entry>) => d.staff.appendAudit(entry(...args));

  /** The booking behind a code, once the caller is known to work for its agency. */
  async function counterBooking(c: Context, p: Principal) {
    const record = await d.store.booking(c.req.param('code')!);
    if (!record) fail(404, 'not_found');
    authorize(p, 'counter', record.agencyId);
    return record;
  }

  api.get('/staff/bookings/:code', async (c) => {
    const p = await auth.principal(c);
    const record = await counterBooking(c, p);
    // Reading a resident's booking is recorded too: who looked at whose visit, by code (no personal data).
    await audit(p, 'booking.read', record.agencyId, record.code, null, null);
    return c.json(await bookings.staffView(record, now()));
  });

  api.post('/operator/bookings/:code/check-in', async (c) => {
    const p = await auth.principal(c);
    const record = await counterBooking(c, p);
    const checkedIn = await bookings.operatorCheckIn(record.code, now());
    await audit(
      p,
      'booking.check_in',
      record.agencyId,
      record.code,
      { status: record.status },
      {
        status: checkedIn.status,
        queueNumber: checkedIn.queue?.number ?? null,
      },
    );
    return c.json(checkedIn);
  });

  const validateCallNext = inlineValidator<JsonBody<'callNext'>>('/operator/queues/{agencyId}/call-next', 'post');
  api.post('/operator/queues/:agencyId/call-next', async (c) => {
    const p = await auth.principal(c);
    const agencyId = c.req.param('agencyId');
    authorize(p, 'counter', agencyId);
    const { counterId } = await body(c, validateCallNext);
    const t = now();
    const before = (await bookings.queue(agencyId, t)).counters.find((x) => x.id === counterId)?.nowServing ?? null;
    const queue = await bookings.operatorCallNext(agencyId, counterId, t);
    const counter = queue.counters.find((x) => x.id === counterId);
    // The hall's board: the number called, or (nobody left to call) the end of the one served before.
    const called = counter?.nowServing ?? null;
    const shown = called ?? before;
    if (shown && called !== before)
      await d.calls.append({
        agencyId,
        date: queue.date,
        counterId,
        queueNumber: shown,
        kind: called ? 'called' : 'served',
        at: at(),
      });
    await audit(p, 'queue.call_next', agencyId, counterId, null, {
      nowServing: counter?.nowServing ?? null,
      waiting: queue.waiting,
    });
    return c.json(queue);
  });

  const validateAdvance = inlineValidator<JsonBody<'advanceApplication'>>(
    '/operator/applications/{number}/advance',
    'post',
  );
  api.post('/operator/applications/:number/advance', async (c) => {
    const p = await auth.principal(c);
    applications.assertChangeable(c.req.param('number'));
    const found = await d.store.application(c.req.param('number'));
    if (!found) fail(404, 'not_found');
    const agencyId = catalogue.getService(found.serviceId).agencyId;
    authorize(p, 'counter', agencyId);
    const request = await body(c, validateAdvance);
    const changed = await applications.change(found.number, request, now());
    const step = (steps: { id: string; status: string }[]) => steps.find((s) => s.status === 'current')?.id ?? null;
    // The note is the officer's free text: it is shown to the resident, but kept out of the log (it may hold anything).
    await audit(
      p,
      `application.${request.action}`,
      agencyId,
      found.number,
      { status: found.status, step: step(found.steps) },
      { status: changed.status, step: step(changed.steps), noted: Boolean(request.note) },
    );
    return c.json(changed);
  });

  const validateOutcome = inlineValidator<JsonBody<'recordVisitOutcome'>>('/operator/bookings/{code}/outcome', 'post');
  api.post('/operator/bookings/:code/outcome', async (c) => {
    const p = await auth.principal(c);
    const found = await d.store.booking(c.req.param('code'));
    if (!found) fail(404, 'not_found');
    authorize(p, 'counter', found.agencyId);
    const { outcome, counterId } = await d.body(c, validateOutcome);
    const counters = (catalogue.agencyById.get(found.agencyId)?.counters ?? []).map((k) => k.id);
    const result = await visits.finishVisit(
      found.code,
      at(),
      (record) => outcomeRefusal(record, outcome, counterId, counters),
      // Sent on: in line for that counter. Served or absent: the counter that called them stays on the record.
      { status: OUTCOME_STATUS[outcome], counterId: outcome === 'transferred' ? counterId! : found.counterId },
      (before, after) =>
        entry(p, `booking.${outcome}`, after.agencyId, after.code, visitState(before), visitState(after)),
    );
    if (!result.ok) refuse(result.refusal);
    // The hall's board: the number leaves the counter that served it (no personal data in the log).
    if (found.counterId && found.queueNumber)
      await d.calls.append({
        agencyId: found.agencyId,
        date: found.date,
        counterId: found.counterId,
        queueNumber: found.queueNumber,
        kind: outcome,
        at: at(),
      });
    return c.json(await bookings.staffView(result.record, now()));
  });

  api.get('/operator/queues/:agencyId/counters/:counterId', async (c) => {
    const p = await auth.principal(c);
    const agencyId = c.req.param('agencyId');
    authorize(p, 'counter', agencyId);
    const counter = catalogue.agencyById.get(agencyId)?.counters.find((k) => k.id === c.req.param('counterId'));
    if (!counter) fail(404, 'not_found');
    const t = now();
    const date = clock.dateOf(t);
    const [serving, queue, waitingHere] = await Promise.all([
      visits.servingAt(agencyId, date, counter.id),
      d.store.queue(agencyId, date),
      visits.waitingFor(agencyId, date, counter.id),
    ]);
    const answer: components['schemas']['CounterState'] = {
      agencyId,
      counterId: counter.id,
      counterName: counter.name,
      serving: serving
        ? {
            code: serving.code,
            queueNumber: serving.queueNumber ?? '',
            serviceId: serving.serviceId,
            serviceName: serviceName(serving.serviceId),
            calledAt: serving.calledAt ?? serving.updatedAt,
          }
        : null,
      waiting: queue.waiting,
      waitingHere,
      updatedAt: clock.isoLocal(t),
    };
    return c.json(answer);
  });

  /** A service's name, or its id when the catalogue no longer has it. */
  function serviceName(id: string): string {
    try {
      return catalogue.getService(id).name;
    } catch {
      return id;
    }
  }
}
