// Bookings and the live queue: the rules core decides, the store writes atomically, this file joins them and
// answers in the contract's shapes.
import { createHash, randomInt } from 'node:crypto';
import type { Booking, BookingRequest, CancelReason, Queue } from '../src/api/types.js';
import {
  changeRefusal,
  checkInRefusal,
  checkInWindow,
  estimatedTurnAt,
  LOOKUP_NOT_FOUND_DETAIL,
  maskedNik,
  newBookingCode,
  peopleAhead,
  queueNumber,
  secondFactorOf,
  secondFactorMatches,
  nikBirthOf,
  settledStatus,
  showsLiveQueue,
  type MppClock,
} from '../src/rules/index.js';
import type { Catalogue } from './catalogue.js';
import type { ServerConfig } from './config.js';
import { schemaValidator } from './contract.js';
import { fail, refuse, refusalBody, tooMany } from './problems.js';
import type { AttemptCap } from './rate-limit.js';
import { qrCodeOf } from './qr.js';
import type { BookingRecord, BookingStore, StoredAnswer } from './store/types.js';

const newCode = () => newBookingCode(randomInt);

/**
 * A code from a path has the contract's shape, or it names no booking. It is never handed to the store otherwise:
 * PostgreSQL refuses a NUL in text, and that must be a 404 like any unknown code, not a 500.
 */
const isBookingCode = schemaValidator<string>('BookingCode');

export type Bookings = ReturnType<typeof createBookings>;

export function createBookings({
  store,
  clock,
  config,
  catalogue,
  hashNik,
  attemptCap,
  surveyToken,
}: {
  store: BookingStore;
  clock: MppClock;
  config: ServerConfig;
  catalogue: Catalogue;
  hashNik: (nik: string) => string;
  attemptCap: AttemptCap;
  /** The satisfaction survey's token for a served visit not yet answered (server/surveys.ts). */
  surveyToken?: (record: BookingRecord) => Promise<string | undefined>;
}) {
  const windowOf = (record: BookingRecord) =>
    checkInWindow(config.rules, Date.parse(record.sessionStart), Date.parse(record.sessionEnd));

  /** A booked visit whose check-in closed without the resident is expired; the store says so from then on. */
  async function settle(record: BookingRecord, now: number): Promise<BookingRecord> {
    const status = settledStatus(record.status, windowOf(record), now);
    if (status === record.status) return record;
    await store.expire(record.code, clock.isoLocal(now));
    return { ...record, status };
  }

  async function queueOf(agencyId: string, now: number): Promise<Queue> {
    const agency = catalogue.agencyById.get(agencyId);
    if (!agency) fail(404, 'not_found');
    const date = clock.dateOf(now);
    const state = await store.queue(agencyId, date);
    return {
      agencyId,
      date,
      counters: agency.counters.map((c) => ({ id: c.id, name: c.name, nowServing: state.serving.get(c.id) ?? null })),
      waiting: state.waiting,
      averageServiceMinutes: config.rules.averageServiceMinutes,
      updatedAt: clock.isoLocal(now),
    };
  }

  /** The booking as the contract states it; `queue` is the live queue on the day, when it is already known. */
  function toBooking(record: BookingRecord, queue?: { state: Queue; waitingBefore: number }): Booking {
    const service = catalogue.getService(record.serviceId);
    const window = windowOf(record);
    const booking: Booking = {
      kind: 'booking',
      code: record.code,
      status: record.status,
      serviceId: record.serviceId,
      serviceName: service.name,
      agencyId: record.agencyId,
      agencyName: service.agency.name,
      counter: service.counter,
      date: record.date,
      session: { id: record.sessionId, start: record.sessionStart, end: record.sessionEnd },
      checkIn: { opensAt: clock.isoLocal(window.opensAt), closesAt: clock.isoLocal(window.closesAt) },
      nikMasked: maskedNik(record.nikLast4),
      createdAt: record.createdAt,
      qr: qrCodeOf(record.code),
    };
    if (service.requirements) booking.requirements = service.requirements;
    if (record.status === 'closed' && record.closure)
      booking.closure = { code: record.closure.kind, name: record.closure.name };
    if (queue) {
      const ahead = peopleAhead(record.status, { waitingBefore: queue.waitingBefore, waiting: queue.state.waiting });
      const estimate = estimatedTurnAt(config.rules, {
        status: record.status,
        ahead,
        counters: queue.state.counters.length,
        sessionStart: Date.parse(record.sessionStart),
        now: Date.parse(queue.state.updatedAt),
      });
      booking.queue = {
        number: record.queueNumber,
        ahead,
        counters: queue.state.counters,
        estimatedAt: estimate === null ? null : clock.isoLocal(estimate),
        updatedAt: queue.state.updatedAt,
      };
      // Called: the resident's tracker says which counter to go to ("Silakan ke Loket 3").
      const calledTo = record.status === 'serving' && queue.state.counters.find((c) => c.id === record.counterId);
      if (calledTo) booking.queue.calledTo = { id: calledTo.id, name: calledTo.name };
    }
    return booking;
  }

  /** The booking with its live queue when it is the day of the visit. */
  async function withQueue(record: BookingRecord, now: number): Promise<Booking> {
    if (!showsLiveQueue(record.status, record.date, clock.dateOf(now))) return toBooking(record);
    const [state, waitingBefore] = await Promise.all([
      queueOf(record.agencyId, now),
      record.queueSeq === null ? 0 : store.waitingBefore(record.agencyId, record.date, record.queueSeq),
    ]);
    return toBooking(record, { state, waitingBefore });
  }

  /**
   * The booking behind a code and second factor; a wrong code and a wrong factor fail the same way, and so does a
   * code, known or not, whose failed attempts reached the cap (429 until its window ends).
   */
  async function authorised(code: string, factor: string, now: number): Promise<BookingRecord> {
    const { value: record, wait } = await attemptCap(`booking:${code}`, async () => {
      const found = isBookingCode(code) ? await store.booking(code) : undefined;
      return found && secondFactorMatches(config.secondFactor, found, factor) ? found : undefined;
    });
    if (wait) tooMany(wait);
    if (!record) fail(404, 'not_found', { detail: LOOKUP_NOT_FOUND_DETAIL });
    return settle(record, now);
  }

  const requestHash = (body: BookingRequest) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          body.serviceId,
          body.date,
          body.sessionId,
          body.nik,
          body.name,
          body.phone,
          body.email ?? null,
          body.fields ?? null,
        ]),
      )
      .digest('hex');

  /**
   * Books a place. The idempotency record is written in the same transaction as the booking, so a replay (a retry
   * after a dropped connection) returns the first answer and never a second row.
   */
  async function create(body: BookingRequest, key: string, now: number): Promise<StoredAnswer & { replayed: boolean }> {
    const { session, refusal } = await catalogue.sessionFor(body.serviceId, body.date, body.sessionId, now);
    const service = refusal ? undefined : catalogue.getService(body.serviceId);
    const createdAt = clock.isoLocal(now);
    const result = await store.reserve({
      weekday: clock.weekday(body.date),
      idempotencyKey: key,
      requestHash: requestHash(body),
      calendarRefusal: refusal,
      quota: session?.quota ?? 0,
      booking: {
        code: newCode(),
        serviceId: body.serviceId,
        agencyId: service?.agencyId ?? '',
        date: body.date,
        sessionId: body.sessionId,
        sessionStart: session ? clock.isoLocal(clock.at(body.date, session.start)) : '',
        sessionEnd: session ? clock.isoLocal(clock.at(body.date, session.end)) : '',
        nikHash: hashNik(body.nik),
        nikLast4: secondFactorOf(body.nik),
        nikBirth: nikBirthOf(body.nik),
        name: body.name,
        phone: body.phone,
        email: body.email ?? null,
        fields: body.fields ?? null,
        createdAt,
      },
      // The first answer is kept for replays, so it carries no live queue (stale on a replay): a look-up gives it.
      answer: (record) => toBooking(record),
      refusal: (r) => ({ ...refusalBody(r), title: 'Booking tidak dapat dibuat' }),
      newCode,
    });
    if (result.kind === 'key_reused') fail(409, 'idempotency_key_reused');
    if (result.kind === 'invalid') refuse(result.refusal);
    return { ...result.answer, replayed: result.replayed };
  }

  /** The resident's own look-up: a served visit not yet answered carries the survey's token. */
  async function lookup(code: string, factor: string, now: number): Promise<Booking> {
    const record = await authorised(code, factor, now);
    const booking = await withQueue(record, now);
    const token = await surveyToken?.(record);
    if (token) booking.surveyToken = token;
    return booking;
  }

  async function cancel(code: string, factor: string, now: number, reason?: CancelReason): Promise<Booking> {
    await authorised(code, factor, now);
    const result = await store.cancel(code, clock.isoLocal(now), reason);
    if (!result.ok) refuse(result.refusal);
    return withQueue(result.record, now);
  }

  /** Moves a booking; the new place is checked and taken in the same transaction that gives the old one back. */
  async function reschedule(
    code: string,
    { factor, date, sessionId }: { factor: string; date: string; sessionId: string },
    now: number,
  ): Promise<Booking> {
    const current = await authorised(code, factor, now);
    const refused = changeRefusal(current.status);
    if (refused) refuse(refused);
    const { session, refusal } = await catalogue.sessionFor(current.serviceId, date, sessionId, now);
    if (refusal) refuse(refusal);
    const result = await store.reschedule(
      code,
      {
        date,
        weekday: clock.weekday(date),
        sessionId,
        sessionStart: clock.isoLocal(clock.at(date, session!.start)),
        sessionEnd: clock.isoLocal(clock.at(date, session!.end)),
        quota: session!.quota,
      },
      clock.isoLocal(now),
    );
    if (!result.ok) refuse(result.refusal);
    return withQueue(result.record, now);
  }

  /** Operator: the resident is at the MPP; gives the queue number. */
  async function operatorCheckIn(code: string, now: number): Promise<Booking> {
    const found = isBookingCode(code) ? await store.booking(code) : undefined;
    if (!found) fail(404, 'not_found');
    await settle(found, now);
    const agency = catalogue.agencyById.get(found.agencyId);
    const result = await store.checkIn(
      code,
      clock.isoLocal(now),
      (record) =>
        checkInRefusal(settledStatus(record.status, windowOf(record), now), windowOf(record), now, clock.isoLocal),
      (seq) => queueNumber(agency?.shortName, seq),
    );
    if (!result.ok) refuse(result.refusal);
    return withQueue(result.record, now);
  }

  /** Operator: finish whoever is at the counter and call the next checked-in resident to it. */
  async function operatorCallNext(agencyId: string, counterId: string, now: number): Promise<Queue> {
    const agency = catalogue.agencyById.get(agencyId);
    if (!agency) fail(404, 'not_found');
    if (!agency.counters.some((c) => c.id === counterId))
      fail(422, 'validation_failed', {
        errors: [{ field: 'counterId', code: 'unknown', message: 'Loket tidak dikenal.' }],
      });
    await store.callNext(agencyId, clock.dateOf(now), counterId, clock.isoLocal(now));
    return queueOf(agencyId, now);
  }

  /** Staff: a booking by its code alone (the caller has checked that the booking's agency is theirs). */
  const staffView = async (record: BookingRecord, now: number) => withQueue(await settle(record, now), now);

  return { create, lookup, cancel, reschedule, queue: queueOf, operatorCheckIn, operatorCallNext, staffView };
}
