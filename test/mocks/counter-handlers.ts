/**
 * The counter's operations in the mock API (check-in, call next, the outcome of a visit, who a counter serves),
 * deciding with the same rules core as the server, so a resident's tracker in a story or a test sees what a counter
 * did: a queue number, the people ahead, "Silakan ke Loket 6". No session is asked for: the mock has no staff.
 */
import {
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpHandler,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import type { Agency, Booking, Queue } from '../../src/api/types.js';
import {
  checkInRefusal,
  checkInWindow,
  OUTCOME_STATUS,
  outcomeRefusal,
  queueNumber,
  settledStatus,
  type BookingRules,
  type MppClock,
  type Refusal,
  type VisitOutcome,
} from '../../src/rules/index.js';
import type { MockBooking } from './handlers.js';
import { problem } from './problem.js';

/** What a booking gets at the MPP: its place in the day's queue and the counter that calls it or it is sent to. */
export interface MockVisit {
  seq: number;
  number: string;
  counterId: string | null;
  checkedInAt: string;
  calledAt: string | null;
}

/** The visits of an agency's day: who waits (in order) and who each counter serves. */
export function queueOfDay(all: Iterable<MockBooking>, agencyId: string, date: string) {
  const visits = [...all].filter((b) => b.agencyId === agencyId && b.date === date && b.visit);
  const waiting = visits.filter((b) => b.status === 'checked_in').sort((a, b) => a.visit!.seq - b.visit!.seq);
  return {
    visits,
    waiting,
    servingAt: (counterId: string) => visits.find((b) => b.status === 'serving' && b.visit!.counterId === counterId),
  };
}

interface CounterContext {
  base: string;
  bookings: Map<string, MockBooking>;
  agencyList: Agency[];
  clock: MppClock;
  rules: BookingRules;
  now: () => number;
  publicBooking: (b: MockBooking) => Booking;
  withGate: <P extends PathParams, B extends DefaultBodyType>(
    answer: HttpResponseResolver<P, B>,
  ) => HttpResponseResolver<P, B>;
}

const refused = (r: Refusal) => problem(r.status, r.code, 'errors' in r ? { errors: r.errors } : {});
const notFound = () => problem(404, 'not_found');

export function counterHandlers(d: CounterContext): HttpHandler[] {
  const { base, bookings, clock, now } = d;
  const at = () => clock.isoLocal(now());
  const counterIds = (agencyId: string) =>
    (d.agencyList.find((a) => a.id === agencyId)?.counters ?? []).map((c) => c.id);

  function queueOf(agencyId: string): Queue {
    const agency = d.agencyList.find((a) => a.id === agencyId)!;
    const day = queueOfDay(bookings.values(), agencyId, clock.dateOf(now()));
    return {
      agencyId,
      date: clock.dateOf(now()),
      counters: agency.counters.map((c) => ({ ...c, nowServing: day.servingAt(c.id)?.visit?.number ?? null })),
      waiting: day.waiting.length,
      averageServiceMinutes: d.rules.averageServiceMinutes,
      updatedAt: at(),
    };
  }

  return [
    http.post<{ code: string }>(
      `${base}/operator/bookings/:code/check-in`,
      d.withGate(({ params }) => {
        const b = bookings.get(params.code);
        if (!b) return notFound();
        const window = checkInWindow(d.rules, Date.parse(b.session.start), Date.parse(b.session.end));
        const refusal = checkInRefusal(settledStatus(b.status, window, now()), window, now(), clock.isoLocal);
        if (refusal) return refused(refusal);
        const seq = 1 + queueOfDay(bookings.values(), b.agencyId, b.date).visits.length;
        const agency = d.agencyList.find((a) => a.id === b.agencyId);
        b.status = 'checked_in';
        b.visit = {
          seq,
          number: queueNumber(agency?.shortName, seq),
          counterId: null,
          checkedInAt: at(),
          calledAt: null,
        };
        return HttpResponse.json(d.publicBooking(b));
      }),
    ),
    http.post<{ agencyId: string }, { counterId: string }>(
      `${base}/operator/queues/:agencyId/call-next`,
      d.withGate(async ({ params, request }) => {
        const { counterId } = await request.json();
        if (!counterIds(params.agencyId).includes(counterId))
          return refused({
            status: 422,
            code: 'validation_failed',
            errors: [{ field: 'counterId', code: 'unknown', message: 'Loket tidak dikenal.' }],
          });
        const day = queueOfDay(bookings.values(), params.agencyId, clock.dateOf(now()));
        const current = day.servingAt(counterId);
        if (current) current.status = 'done';
        // A visitor sent to this counter comes first; one sent to another is that counter's.
        const next =
          day.waiting.find((b) => b.visit!.counterId === counterId) ??
          day.waiting.find((b) => b.visit!.counterId === null);
        if (next) {
          next.status = 'serving';
          next.visit = { ...next.visit!, counterId, calledAt: next.visit!.calledAt ?? at() };
        }
        return HttpResponse.json(queueOf(params.agencyId));
      }),
    ),
    http.post<{ code: string }, { outcome: VisitOutcome; counterId?: string }>(
      `${base}/operator/bookings/:code/outcome`,
      d.withGate(async ({ params, request }) => {
        const b = bookings.get(params.code);
        if (!b) return notFound();
        const { outcome, counterId } = await request.json();
        const refusal = outcomeRefusal(
          { status: b.status, counterId: b.visit?.counterId ?? null },
          outcome,
          counterId,
          counterIds(b.agencyId),
        );
        if (refusal) return refused(refusal);
        b.status = OUTCOME_STATUS[outcome];
        if (outcome === 'transferred') b.visit = { ...b.visit!, counterId: counterId! };
        return HttpResponse.json(d.publicBooking(b));
      }),
    ),
    http.get<{ agencyId: string; counterId: string }>(
      `${base}/operator/queues/:agencyId/counters/:counterId`,
      d.withGate(({ params }) => {
        const agency = d.agencyList.find((a) => a.id === params.agencyId);
        const counter = agency?.counters.find((c) => c.id === params.counterId);
        if (!counter) return notFound();
        const day = queueOfDay(bookings.values(), params.agencyId, clock.dateOf(now()));
        const serving = day.servingAt(counter.id);
        const state: components['schemas']['CounterState'] = {
          agencyId: params.agencyId,
          counterId: counter.id,
          counterName: counter.name,
          serving: serving
            ? {
                code: serving.code,
                queueNumber: serving.visit!.number,
                serviceId: serving.serviceId,
                serviceName: serving.serviceName,
                calledAt: serving.visit!.calledAt!,
              }
            : null,
          waiting: day.waiting.length,
          waitingHere: day.waiting.filter((b) => b.visit!.counterId === counter.id).length,
          updatedAt: at(),
        };
        return HttpResponse.json(state);
      }),
    ),
  ];
}
