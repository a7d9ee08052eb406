// The store contract as one suite, run against each engine: `runStoreSuite('sqlite', () => …)`. A new engine
// (PostgreSQL) passes when this whole suite passes against it, unchanged.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Agency } from '../../src/api/types.js';
import { makeClock, queueNumber, weeklySessions, type Refusal } from '../../src/rules/index.js';
import type {
  BookingRecord,
  BookingStore,
  CatalogueService,
  NewBooking,
  ReserveRequest,
  SeedData,
} from '../store/types.js';

const agency: Agency = {
  id: 'disdukcapil',
  name: 'Dinas Kependudukan dan Pencatatan Sipil',
  shortName: 'Disdukcapil',
  counters: [
    { id: 'loket-1', name: 'Loket 1' },
    { id: 'loket-2', name: 'Loket 2' },
  ],
} as Agency;
const service = (id: string, bookable: boolean) =>
  ({ id, agencyId: agency.id, name: id, bookable, requirements: [] }) as unknown as CatalogueService;
const KTP = 'ktp';

const seed: SeedData = {
  agencies: [agency],
  services: [service(KTP, true), service('konsultasi', false)],
  holidays: [{ date: '2026-12-25', name: 'Kelahiran Yesus Kristus', type: 'libur_nasional' }],
  sessionsOf: (_s, weekday) => weeklySessions(weekday, 3),
  applications: [
    {
      number: 'PMH-1',
      status: 'in_progress',
      serviceId: KTP,
      submittedAt: '2026-12-01T09:00:00+07:00',
      deadline: '2026-12-10',
      steps: [
        { id: 'a', name: 'A', status: 'current', startedAt: '2026-12-01T09:00:00+07:00' },
        { id: 'b', name: 'B', status: 'pending' },
      ],
      nikHash: 'hash-demo',
      nikLast4: '0003',
    },
  ],
};

const AT = '2026-12-07T08:00:00+07:00';
let serial = 0;
function newBooking(overrides: Partial<NewBooking> = {}): NewBooking {
  serial++;
  return {
    code: `RSV-T${String(serial).padStart(7, '0')}`,
    serviceId: KTP,
    agencyId: agency.id,
    date: '2026-12-08',
    sessionId: 's0900',
    sessionStart: '2026-12-08T09:00:00+07:00',
    sessionEnd: '2026-12-08T10:00:00+07:00',
    nikHash: `hash-${serial}`,
    nikLast4: String(serial % 10_000).padStart(4, '0'),
    nikBirth: '170890',
    name: 'Siti Aminah',
    phone: '+6281234567890',
    email: null,
    createdAt: AT,
    ...overrides,
  };
}

function reserveRequest(booking: NewBooking, overrides: Partial<ReserveRequest> = {}): ReserveRequest {
  return {
    weekday: makeClock().weekday(booking.date),
    idempotencyKey: `key-${booking.code}`,
    requestHash: `hash-of-${booking.code}`,
    booking,
    quota: 3,
    calendarRefusal: null,
    answer: (record: BookingRecord) => ({ code: record.code, status: record.status }),
    refusal: (r: Refusal) => ({ type: 'about:blank', title: r.code, status: r.status, code: r.code }),
    newCode: () => `RSV-N${String(++serial).padStart(7, '0')}`,
    ...overrides,
  };
}

const statusOf = (result: Awaited<ReturnType<BookingStore['reserve']>>) =>
  result.kind === 'answered' ? result.answer.status : result.kind;

/** Runs the whole store contract against fresh stores made by `makeStore`. */
export function runStoreSuite(engine: string, makeStore: () => Promise<BookingStore>) {
  describe(`the ${engine} store`, () => {
    let store: BookingStore;
    before(async () => {
      store = await makeStore();
      assert.equal(await store.seedIfEmpty(seed), true);
    });
    after(() => store.close());

    it('is ready once migrated, and seeds only once', async () => {
      assert.deepEqual(await store.ready(), { ok: true });
      assert.equal(await store.seedIfEmpty(seed), false);
      assert.equal((await store.services()).length, 2);
      assert.deepEqual(
        (await store.agencies()).map((a) => a.id),
        ['disdukcapil'],
      );
    });

    it('keeps the calendar: holidays and each weekday’s sessions', async () => {
      assert.equal((await store.holiday('2026-12-25', agency.id))?.name, 'Kelahiran Yesus Kristus');
      assert.equal(await store.holiday('2026-12-24', agency.id), undefined);
      assert.deepEqual(
        (await store.sessionTemplates(KTP, 5)).map((s) => s.id),
        ['s0800', 's0900', 's1000', 's1400'],
      );
      assert.deepEqual(await store.sessionTemplates('konsultasi', 1), []);
    });

    it('keeps one NIK key, made once', async () => {
      const key = await store.nikKey(() => 'first');
      assert.equal(await store.nikKey(() => 'second'), key);
    });

    it('takes a place and answers a replay of its key with the first answer', async () => {
      const b = newBooking();
      const first = await store.reserve(reserveRequest(b));
      assert.deepEqual(first, {
        kind: 'answered',
        answer: { status: 201, body: { code: b.code, status: 'booked' } },
        replayed: false,
      });
      const again = await store.reserve(
        reserveRequest(
          { ...b, code: 'RSV-OTHER001' },
          { idempotencyKey: `key-${b.code}`, requestHash: `hash-of-${b.code}` },
        ),
      );
      assert.deepEqual(again, { ...first, replayed: true });
      assert.equal((await store.booking(b.code))?.status, 'booked');
      assert.equal(await store.booking('RSV-OTHER001'), undefined);
    });

    it('refuses a key reused with another request', async () => {
      const b = newBooking();
      await store.reserve(reserveRequest(b));
      const reused = await store.reserve(reserveRequest(newBooking(), { idempotencyKey: `key-${b.code}` }));
      assert.deepEqual(reused, { kind: 'key_reused' });
    });

    it('keeps a calendar refusal under its key, but not a field refusal', async () => {
      const closed = newBooking({ date: '2026-12-25' });
      const refusal: Refusal = { status: 409, code: 'day_closed' };
      const first = await store.reserve(reserveRequest(closed, { calendarRefusal: refusal }));
      assert.equal(statusOf(first), 409);
      const replay = await store.reserve(reserveRequest(closed));
      assert.equal(statusOf(replay), 409, 'the key keeps its refusal');
      const invalid = newBooking();
      const field: Refusal = { status: 422, code: 'validation_failed', errors: [] };
      assert.equal(statusOf(await store.reserve(reserveRequest(invalid, { calendarRefusal: field }))), 'invalid');
      assert.equal(statusOf(await store.reserve(reserveRequest(invalid))), 201, 'the corrected request goes through');
    });

    it('never sells more places than the quota, whatever the concurrency', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          store.reserve(reserveRequest(newBooking({ date: '2026-12-09', sessionId: 's1000' }))),
        ),
      );
      const statuses = results.map(statusOf);
      assert.equal(statuses.filter((s) => s === 201).length, 3);
      assert.equal(statuses.filter((s) => s === 409).length, 37);
      assert.equal((await store.placesTaken(KTP, '2026-12-09')).get('s1000'), 3);
    });

    it('holds one active booking per NIK hash, service and day — not per last 4 digits', async () => {
      const date = '2026-12-10';
      const a = newBooking({ date, nikHash: 'person-a', nikLast4: '1234', sessionId: 's0800' });
      assert.equal(statusOf(await store.reserve(reserveRequest(a))), 201);
      const sameperson = newBooking({ date, nikHash: 'person-a', nikLast4: '1234', sessionId: 's1300' });
      const refused = await store.reserve(reserveRequest(sameperson));
      assert.equal(refused.kind === 'answered' && (refused.answer.body as { code: string }).code, 'duplicate_booking');
      const sameLast4 = newBooking({ date, nikHash: 'person-b', nikLast4: '1234', sessionId: 's1300' });
      assert.equal(
        statusOf(await store.reserve(reserveRequest(sameLast4))),
        201,
        'another person with the same last 4',
      );
      assert.equal((await store.cancel(a.code, AT)).ok, true);
      const afterCancel = newBooking({ date, nikHash: 'person-a', nikLast4: '1234', sessionId: 's1400' });
      assert.equal(statusOf(await store.reserve(reserveRequest(afterCancel))), 201);
    });

    it('cancels once', async () => {
      const b = newBooking({ date: '2026-12-11' });
      await store.reserve(reserveRequest(b));
      const first = await store.cancel(b.code, AT);
      assert.equal(first.ok && first.record.status, 'cancelled');
      const second = await store.cancel(b.code, AT);
      assert.deepEqual(second, { ok: false, refusal: { status: 409, code: 'booking_not_active' } });
    });

    it('moves a booking atomically: a full session changes nothing; a free one takes the place and frees the old', async () => {
      const date = '2026-12-14';
      const mover = newBooking({ date, sessionId: 's0800' });
      await store.reserve(reserveRequest(mover));
      for (let i = 0; i < 3; i++) await store.reserve(reserveRequest(newBooking({ date, sessionId: 's1300' })));
      const target = (sessionId: string) => ({
        date,
        weekday: makeClock().weekday(date),
        sessionId,
        sessionStart: `${date}T${sessionId.slice(1, 3)}:00:00+07:00`,
        sessionEnd: `${date}T${sessionId.slice(1, 3)}:59:00+07:00`,
        quota: 3,
      });
      const full = await store.reschedule(mover.code, target('s1300'), AT);
      assert.equal(!full.ok && full.refusal.code, 'session_full');
      assert.equal((await store.booking(mover.code))?.sessionId, 's0800');
      const moved = await store.reschedule(mover.code, target('s1400'), AT);
      assert.equal(moved.ok && moved.record.sessionId, 's1400');
      const taken = await store.placesTaken(KTP, date);
      assert.equal(taken.get('s0800') ?? 0, 0);
      assert.equal(taken.get('s1400'), 1);
    });

    it('checks in, numbers the queue in order, calls to counters in check-in order', async () => {
      const date = '2026-12-15';
      const people = [newBooking({ date }), newBooking({ date }), newBooking({ date })];
      for (const p of people) await store.reserve(reserveRequest(p));
      const numberOf = (seq: number) => queueNumber(agency.shortName, seq);
      const refusedByRule = await store.checkIn(
        people[2]!.code,
        AT,
        () => ({ status: 409, code: 'check_in_closed' }),
        numberOf,
      );
      assert.equal(!refusedByRule.ok && refusedByRule.refusal.code, 'check_in_closed');
      const numbers = [];
      for (const p of people) {
        const result = await store.checkIn(p.code, AT, () => null, numberOf);
        assert.ok(result.ok);
        numbers.push(result.record.queueNumber);
      }
      assert.deepEqual(numbers, ['D-001', 'D-002', 'D-003']);
      assert.equal((await store.queue(agency.id, date)).waiting, 3);
      const third = await store.booking(people[2]!.code);
      assert.equal(await store.waitingBefore(agency.id, date, third!.queueSeq!), 2);

      await store.callNext(agency.id, date, 'loket-1', AT);
      await store.callNext(agency.id, date, 'loket-2', AT);
      let queue = await store.queue(agency.id, date);
      assert.deepEqual([...queue.serving.entries()].sort(), [
        ['loket-1', 'D-001'],
        ['loket-2', 'D-002'],
      ]);
      assert.equal(queue.waiting, 1);
      await store.callNext(agency.id, date, 'loket-1', AT);
      queue = await store.queue(agency.id, date);
      assert.equal(queue.serving.get('loket-1'), 'D-003');
      assert.equal((await store.booking(people[0]!.code))?.status, 'done');
      assert.equal((await store.placesTaken(KTP, date)).get('s0900'), 3, 'a served visit still used its place');
    });

    it('expires only a booking still booked', async () => {
      const b = newBooking({ date: '2026-12-16' });
      await store.reserve(reserveRequest(b));
      await store.expire(b.code, AT);
      assert.equal((await store.booking(b.code))?.status, 'expired');
      assert.equal((await store.cancel(b.code, AT)).ok, false);
    });

    it('changes an application in one step, and leaves it as it was on a refusal', async () => {
      const found = await store.application('PMH-1');
      assert.equal(found?.nikLast4, '0003');
      const refused = await store.changeApplication('PMH-1', AT, () => ({ status: 409, code: 'application_closed' }));
      assert.deepEqual(refused, { status: 409, code: 'application_closed' });
      const changed = await store.changeApplication('PMH-1', AT, (current) => ({ ...current, status: 'ready' }));
      assert.equal(changed && 'status' in changed && changed.status, 'ready');
      assert.equal((await store.application('PMH-1'))?.status, 'ready');
      assert.equal(await store.changeApplication('PMH-404', AT, (c) => c), undefined);
    });
  });
}
