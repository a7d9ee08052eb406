// The schedule and closures in each store, below HTTP: what a closure marks and counts, and the calendar judged again
// inside a booking's own transaction — a booking judged open just before staff closed the day or removed its
// session (the request's check runs outside the transaction) is refused when it is written. Both engines.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Agency } from '../../src/api/types.js';
import { makeClock, weeklySessions, type Refusal } from '../../src/rules/index.js';
import Database from 'better-sqlite3';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../store/postgres-migrations.js';
import { openPostgresStore } from '../store/postgres.js';
import { SCHEDULE_MIGRATION } from '../store/schedule-schema.js';
import { SQLITE_MIGRATIONS } from '../store/sqlite-schema.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { AuditEntry } from '../store/staff-types.js';
import type { BookingRecord, BookingStore, CatalogueService, NewBooking, ReserveRequest } from '../store/types.js';
import { ENGINES, freshDatabase } from './postgres.js';

const clock = makeClock();
const AGENCY = { id: 'disdukcapil', name: 'Disdukcapil', shortName: 'Disdukcapil', counters: [] } as unknown as Agency;
const OTHER = { ...AGENCY, id: 'dinkes', name: 'Dinkes', shortName: 'Dinkes' } as Agency;
const service = (id: string, agencyId: string) =>
  ({ id, agencyId, name: id, bookable: true, requirements: [] }) as unknown as CatalogueService;
const AT = '2026-12-07T08:00:00+07:00';
const audit = (action: string): AuditEntry => ({
  at: AT,
  actorKind: 'system',
  actorId: 'test',
  actorLabel: 'test',
  action,
  agencyId: null,
  target: null,
  before: null,
  after: null,
});

let serial = 0;
function request(overrides: Partial<NewBooking> = {}): ReserveRequest {
  const code = `RSV-S${String(++serial).padStart(7, '0')}`;
  const booking: NewBooking = {
    code,
    serviceId: 'ktp',
    agencyId: AGENCY.id,
    date: '2026-12-08',
    sessionId: 's0900',
    sessionStart: '2026-12-08T09:00:00+07:00',
    sessionEnd: '2026-12-08T10:00:00+07:00',
    nikHash: `hash-${code}`,
    nikLast4: '0001',
    nikBirth: '170890',
    name: 'Siti',
    phone: '+6281234567890',
    email: null,
    createdAt: AT,
    ...overrides,
  };
  return {
    weekday: clock.weekday(booking.date),
    idempotencyKey: `key-${code}`,
    requestHash: `hash-${code}`,
    booking,
    quota: 3,
    // Judged open before the change: the store must find out for itself.
    calendarRefusal: null,
    answer: (r: BookingRecord) => ({ code: r.code }),
    refusal: (r: Refusal) => ({ type: 'about:blank', title: r.code, status: r.status, code: r.code }),
    newCode: () => `RSV-R${String(++serial).padStart(7, '0')}`,
  };
}
/** 201 for a booking made, the refusal's code otherwise (`invalid` for a field refusal, which is not kept). */
const outcome = (r: Awaited<ReturnType<BookingStore['reserve']>>) =>
  r.kind !== 'answered' ? r.kind : r.answer.status === 201 ? 201 : (r.answer.body as { code: string }).code;
const closure = (date: string, agencyId: string | null, name = 'Pemadaman listrik') => ({
  id: `cls_${String(++serial).padStart(20, '0')}`,
  date,
  agencyId,
  kind: 'closure' as const,
  name,
  createdAt: AT,
  createdBy: 'admin@mpp.test',
});

const makers: Record<string, () => Promise<BookingStore>> = {
  sqlite: async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mpp-sched-')), 'mpp.sqlite')),
  postgres: async () => openPostgresStore(await freshDatabase()),
};

for (const engine of ENGINES) {
  describe(`the schedule in the ${engine} store`, () => {
    let store: BookingStore;
    before(async () => {
      store = await makers[engine]!();
      await store.seedIfEmpty({
        agencies: [AGENCY, OTHER],
        services: [service('ktp', AGENCY.id), service('sip', OTHER.id)],
        holidays: [{ date: '2026-12-25', name: 'Natal', type: 'libur_nasional' }],
        sessionsOf: (_s, weekday) => weeklySessions(weekday, 3),
        applications: [],
      });
    });
    after(() => store.close());

    it('seeds holidays as closures of the whole MPP, each agency’s day closed by them', async () => {
      assert.deepEqual(await store.holiday('2026-12-25', 'dinkes'), {
        date: '2026-12-25',
        name: 'Natal',
        type: 'holiday',
      });
      assert.deepEqual(
        (await store.closures('2026-12-01', '2026-12-31')).map((c) => [c.id, c.agencyId]),
        [['hol-2026-12-25', null]],
      );
    });

    it('refuses, inside its transaction, a booking judged open before its day was closed', async () => {
      const date = '2026-12-09';
      const first = await store.reserve(request({ date }));
      assert.equal(outcome(first), 201);
      const made = await store.addClosure(closure(date, AGENCY.id), AT, () => audit('closure.create'));
      assert.deepEqual(made, { ok: true, value: 1 });
      const late = await store.reserve(request({ date }));
      assert.equal(outcome(late), 'day_closed');
      const otherAgency = await store.reserve(request({ date, serviceId: 'sip', agencyId: OTHER.id }));
      assert.equal(outcome(otherAgency), 201, 'another agency’s day is open');
      const marked = await store.booking(
        (first.kind === 'answered' && (first.answer.body as { code: string }).code) || '',
      );
      assert.equal(marked?.status, 'closed');
      assert.deepEqual(marked?.closure, { kind: 'closure', name: 'Pemadaman listrik' });
      assert.deepEqual(await store.closureImpact(date, AGENCY.id), { bookings: 0, alreadyClosed: true });
      assert.deepEqual(await store.closureImpact(date, null), { bookings: 1, alreadyClosed: false });
      const twice = await store.addClosure(closure(date, AGENCY.id), AT, () => audit('closure.create'));
      assert.equal(twice.ok, false);
    });

    it('refuses a move onto a day closed since it was judged, and moves a closed booking elsewhere', async () => {
      const from = '2026-12-14';
      const to = '2026-12-15';
      const r = request({ date: from });
      await store.reserve(r);
      await store.addClosure(closure(to, null), AT, () => audit('closure.create'));
      const target = (date: string) => ({
        date,
        weekday: clock.weekday(date),
        sessionId: 's0900',
        sessionStart: `${date}T09:00:00+07:00`,
        sessionEnd: `${date}T10:00:00+07:00`,
        quota: 3,
      });
      const refused = await store.reschedule(r.booking.code, target(to), AT);
      assert.equal(!refused.ok && refused.refusal.code, 'day_closed');
      await store.addClosure(closure(from, AGENCY.id), AT, () => audit('closure.create'));
      assert.equal((await store.booking(r.booking.code))?.status, 'closed');
      const moved = await store.reschedule(r.booking.code, target('2026-12-16'), AT);
      assert.equal(moved.ok && moved.record.status, 'booked');
      assert.equal(moved.ok && moved.record.closure, null);
      assert.equal((await store.placesTaken('ktp', '2026-12-16')).get('s0900'), 1);
    });

    it('refuses a booking of a session removed since it was judged, and counts against the stored quota', async () => {
      const date = '2026-12-10';
      const days = [date];
      const current = await store.schedule('ktp');
      const thursday = [{ id: 's0900', start: '09:00', end: '10:00', quota: 1 }];
      const next = { windowOpensAt: null, weekdays: current.weekdays.map((d, i) => (i === 3 ? thursday : d)) };
      const changed = await store.replaceSchedule(
        'ktp',
        next,
        days,
        clock.weekday,
        () => null,
        () => audit('schedule.replace'),
      );
      assert.equal(changed.ok, true);
      assert.equal(outcome(await store.reserve(request({ date, sessionId: 's0800' }))), 'invalid');
      assert.equal(outcome(await store.reserve(request({ date }))), 201);
      assert.equal(outcome(await store.reserve(request({ date }))), 'session_full', 'the stored quota is 1, not 3');
    });

    it('gives the judge every booking from the first day on, and writes nothing when it refuses', async () => {
      const before = await store.schedule('ktp');
      let seen: unknown;
      const refused = await store.replaceSchedule(
        'ktp',
        { windowOpensAt: '07:00', weekdays: [[], [], [], [], [], [], []] },
        ['2026-12-10', '2026-12-11'],
        clock.weekday,
        (_before, booked) => {
          seen = booked;
          return { status: 409, code: 'conflict' };
        },
        () => audit('schedule.replace'),
      );
      assert.equal(refused.ok, false);
      assert.deepEqual(seen, [
        { date: '2026-12-10', weekday: 4, sessionId: 's0900', active: 1, holding: 1 },
        { date: '2026-12-16', weekday: 3, sessionId: 's0900', active: 1, holding: 1 },
      ]);
      assert.deepEqual(await store.schedule('ktp'), before);
    });

    it('removes a closure: the day takes bookings again, marked bookings stay closed', async () => {
      const date = '2026-12-18';
      const r = request({ date });
      await store.reserve(r);
      const c = closure(date, null);
      await store.addClosure(c, AT, () => audit('closure.create'));
      assert.equal((await store.removeClosure(c.id, () => audit('closure.delete')))?.id, c.id);
      assert.equal(await store.closureById(c.id), undefined);
      assert.equal((await store.booking(r.booking.code))?.status, 'closed');
      for (let i = 0; i < 3; i++) assert.equal(outcome(await store.reserve(request({ date }))), 201);
      assert.equal(outcome(await store.reserve(request({ date }))), 'session_full');
    });
  });
}

// A database made before closures existed keeps its holidays: the migration moves them into `closures`.
const upgraders: Record<string, () => Promise<BookingStore>> = {
  sqlite: async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mpp-upgrade-')), 'mpp.sqlite');
    const before = SQLITE_MIGRATIONS.indexOf(SCHEDULE_MIGRATION);
    const db = new Database(path);
    for (let i = 0; i < before; i++) db.exec(SQLITE_MIGRATIONS[i]!);
    db.pragma(`user_version = ${before}`);
    db.prepare('INSERT INTO holidays (date, name, type) VALUES (?, ?, ?)').run(
      '2026-12-24',
      'Cuti Bersama Natal',
      'cuti_bersama',
    );
    db.prepare('INSERT INTO holidays (date, name, type) VALUES (?, ?, ?)').run('2026-12-25', 'Natal', 'libur_nasional');
    db.close();
    return openSqliteStore(path);
  },
  postgres: async () => {
    const url = await freshDatabase();
    const before = POSTGRES_MIGRATIONS.indexOf(SCHEDULE_MIGRATION);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      for (let i = 0; i < before; i++) {
        await client.query(POSTGRES_MIGRATIONS[i]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
      }
      await client.query(
        `INSERT INTO holidays (date, name, type) VALUES ('2026-12-24', 'Cuti Bersama Natal', 'cuti_bersama'), ('2026-12-25', 'Natal', 'libur_nasional')`,
      );
    } finally {
      await client.end();
    }
    return openPostgresStore(url);
  },
};

for (const engine of ENGINES) {
  describe(`the ${engine} migration to closures`, () => {
    it('moves a database’s holidays into closures of the whole MPP, with their kinds', async () => {
      const store = await upgraders[engine]!();
      try {
        assert.deepEqual(await store.ready(), { ok: true });
        assert.deepEqual(
          (await store.closures('2026-12-01', '2026-12-31')).map((c) => [c.id, c.agencyId, c.kind, c.name]),
          [
            ['hol-2026-12-24', null, 'cuti_bersama', 'Cuti Bersama Natal'],
            ['hol-2026-12-25', null, 'holiday', 'Natal'],
          ],
        );
        assert.deepEqual(await store.holiday('2026-12-25', 'disdukcapil'), {
          date: '2026-12-25',
          name: 'Natal',
          type: 'holiday',
        });
      } finally {
        await store.close();
      }
    });
  });
}
