// The counter beyond check-in and call-next: the outcome of the visit being served (served, no-show, sent to
// another counter) and who a counter serves now. Authorized for the booking's or the queue's agency as the
// database says; the outcome is written in one transaction with its audit entry.
import type { Hono } from 'hono';
import type { components, operations } from '../../src/api/mpp-api.js';
import { OUTCOME_STATUS, outcomeRefusal } from '../../src/rules/index.js';
import { inlineValidator } from '../contract.js';
import { fail, refuse } from '../problems.js';
import type { BookingRecord } from '../store/types.js';
import { authorize } from './policy.js';
import type { StaffContext } from './routes.js';

type OutcomeBody = operations['recordVisitOutcome']['requestBody']['content']['application/json'];

/** A visit as the audit log keeps it: by code, status, counter and queue number — never the person. */
const visitState = (r: BookingRecord) => ({ status: r.status, counterId: r.counterId, queueNumber: r.queueNumber });

export function mountCounter(api: Hono, d: StaffContext) {
  const { auth, catalogue, bookings, visits, clock, now, at, entry } = d;

  const validateOutcome = inlineValidator<OutcomeBody>('/operator/bookings/{code}/outcome', 'post');
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
