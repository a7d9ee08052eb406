// A service's weekly sessions, quotas and window opening hour as staff change them: validated by the contract and the
// rules core, never dropping a booking, audited with before and after, and in force at once for residents. Both
// engines (PostgreSQL keeps a session's places in a row of its own: a changed quota must reach it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, KTP, MONDAY_0800, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const PATH = `/staff/services/${KTP}/schedule`;
/** Two sessions a day, Monday to Friday (none across the Friday prayer break). */
const TWO_A_DAY = {
  windowOpensAt: null,
  weekdays: [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    sessions: [
      { start: '08:00', end: '10:00', quota: 2 },
      { start: '14:00', end: '15:30', quota: 3 },
    ],
  })),
};

for (const engine of ENGINES) {
  describe(`a service's schedule on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    let serial = 0;
    const resident = (overrides: Parameters<typeof booking>[0]) =>
      book(server.base, booking({ nik: nik(++serial), ...overrides }));
    const availability = async (date: string) =>
      (await call(server.base, 'GET', `/services/${KTP}/availability?from=${date}&days=1`)).body.days[0];

    before(async () => {
      server = await startServer({ engine });
      admin = await staffOf(server, 'agency_admin', 'disdukcapil');
    });
    after(() => server.close());

    it('shows the seven weekdays with their sessions, ids and quotas', async () => {
      const res = await admin.call('GET', PATH);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/staff/services/{serviceId}/schedule', 'get', res);
      assert.equal(res.body.weekdays.length, 7);
      assert.deepEqual(
        res.body.weekdays[4].sessions.map((s: { id: string }) => s.id),
        ['s0800', 's0900', 's1000', 's1400'],
        'Friday has no session across the prayer break',
      );
      assert.deepEqual(res.body.weekdays[5].sessions, []);
      assert.equal(res.body.windowOpensAt, null);
      assert.equal(res.body.windowDays, 7);
    });

    it('refuses a schedule the rules do not allow, field by field, and changes nothing', async () => {
      const before = (await admin.call('GET', PATH)).body;
      const res = await admin.call('PUT', PATH, {
        windowOpensAt: '07:00',
        weekdays: [
          {
            weekday: 1,
            sessions: [
              { start: '08:00', end: '09:00', quota: 5 },
              { start: '08:30', end: '09:30', quota: 5 },
              { start: '11:00', end: '10:00', quota: 5 },
            ],
          },
          { weekday: 5, sessions: [{ start: '11:00', end: '12:00', quota: 5 }] },
        ],
      });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      conforms(assert, PATH.replace(KTP, '{serviceId}'), 'put', res);
      const byField = Object.fromEntries(
        res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      );
      assert.deepEqual(byField, {
        'weekdays/0/sessions/1/start': 'overlap',
        'weekdays/0/sessions/2/end': 'end_before_start',
        'weekdays/1/sessions/0/start': 'friday_break',
      });
      const zero = await admin.call('PUT', PATH, {
        windowOpensAt: null,
        weekdays: [{ weekday: 1, sessions: [{ start: '08:00', end: '09:00', quota: 0 }] }],
      });
      assert.equal(zero.status, 422, 'a quota below 1 is refused by the contract');
      assert.deepEqual((await admin.call('GET', PATH)).body, before);
    });

    it('replaces the week: residents see the new sessions at once, and the audit log has before and after', async () => {
      const res = await admin.call('PUT', PATH, TWO_A_DAY);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/staff/services/{serviceId}/schedule', 'put', res);
      assert.deepEqual(res.body.weekdays[0].sessions, [
        { id: 's0800', start: '08:00', end: '10:00', quota: 2 },
        { id: 's1400', start: '14:00', end: '15:30', quota: 3 },
      ]);
      const tuesday = await availability('2026-12-08');
      assert.deepEqual(
        tuesday.sessions.map((s: { id: string; remaining: number }) => [s.id, s.remaining]),
        [
          ['s0800', 2],
          ['s1400', 3],
        ],
      );
      const refused = await resident({ date: '2026-12-08', sessionId: 's0900' });
      assert.equal(refused.status, 422, 'a removed session cannot be booked');
      const audit = (await admin.call('GET', '/staff/audit?limit=5')).body.items.find(
        (e: { action: string }) => e.action === 'schedule.replace',
      );
      assert.equal(audit.target, KTP);
      assert.equal(audit.agencyId, 'disdukcapil');
      assert.deepEqual(audit.before.weekdays['1'], [
        '08:00-09:00/10',
        '09:00-10:00/10',
        '10:00-11:00/10',
        '13:00-14:00/10',
        '14:00-15:00/10',
      ]);
      assert.deepEqual(audit.after.weekdays['1'], ['08:00-10:00/2', '14:00-15:30/3']);
    });

    it('never drops a booking: refuses to remove a booked session or lower its quota below the places taken', async () => {
      const date = '2026-12-09';
      const made = [await resident({ date, sessionId: 's1400' }), await resident({ date, sessionId: 's1400' })];
      for (const m of made) assert.equal(m.status, 201, JSON.stringify(m.body));
      const without1400 = {
        windowOpensAt: null,
        weekdays: TWO_A_DAY.weekdays.map((d) => ({ ...d, sessions: d.sessions.slice(0, 1) })),
      };
      const removed = await admin.call('PUT', PATH, without1400);
      assert.equal(removed.status, 409, JSON.stringify(removed.body));
      assert.equal(removed.body.code, 'conflict');
      assert.deepEqual(
        removed.body.errors.map((e: { code: string; message: string }) => e.code),
        ['removed'],
      );
      assert.match(removed.body.errors[0].message, /14\.00 pada 2026-12-09.*2 booking/);
      const lowered = await admin.call('PUT', PATH, {
        windowOpensAt: null,
        weekdays: TWO_A_DAY.weekdays.map((d) => ({ ...d, sessions: [d.sessions[0], { ...d.sessions[1]!, quota: 1 }] })),
      });
      assert.equal(lowered.status, 409);
      assert.equal(lowered.body.errors[0].code, 'quota_below_taken');
      const moved = await admin.call('PUT', PATH, {
        windowOpensAt: null,
        weekdays: TWO_A_DAY.weekdays.map((d) => ({
          ...d,
          sessions: [d.sessions[0], { ...d.sessions[1]!, end: '16:00' }],
        })),
      });
      assert.equal(moved.status, 409);
      assert.equal(moved.body.errors[0].code, 'times_changed');
      for (const m of made) assert.equal((await server.store.booking(m.body.code))?.status, 'booked');
      assert.equal((await availability(date)).sessions[1].remaining, 1);
    });

    it('a raised quota is in force at once, whichever engine keeps the places', async () => {
      const date = '2026-12-10';
      for (let i = 0; i < 2; i++) assert.equal((await resident({ date, sessionId: 's0800' })).status, 201);
      const full = await resident({ date, sessionId: 's0800' });
      assert.equal(full.body.code, 'session_full');
      const raised = await admin.call('PUT', PATH, {
        windowOpensAt: null,
        weekdays: TWO_A_DAY.weekdays.map((d) => ({ ...d, sessions: [{ ...d.sessions[0]!, quota: 3 }, d.sessions[1]] })),
      });
      assert.equal(raised.status, 200, JSON.stringify(raised.body));
      assert.equal((await availability(date)).sessions[0].remaining, 1);
      assert.equal((await resident({ date, sessionId: 's0800' })).status, 201);
      assert.equal((await resident({ date, sessionId: 's0800' })).body.code, 'session_full');
    });

    it('opens the window’s last day at the service’s hour', async () => {
      const lastDay = '2026-12-14';
      const current = (await admin.call('GET', PATH)).body;
      const res = await admin.call('PUT', PATH, { windowOpensAt: '09:00', weekdays: current.weekdays });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const closed = await availability(lastDay);
      assert.equal(closed.open, false);
      assert.deepEqual(closed.reason, { code: 'closed', opensAt: '2026-12-07T09:00:00+07:00' });
      const early = await resident({ date: lastDay, sessionId: 's0800' });
      assert.equal(early.body.code, 'outside_window');
      assert.match(early.body.detail, /dibuka pukul 09\.00/);
      assert.equal((await availability('2026-12-11')).open, true, 'the days before it stay open');
      server.setNow(MONDAY_0800 + 60 * 60_000);
      try {
        assert.equal((await availability(lastDay)).open, true);
        assert.equal((await resident({ date: lastDay, sessionId: 's0800' })).status, 201);
      } finally {
        server.setNow(MONDAY_0800);
      }
    });

    it('is an administrator’s of the service’s agency: another agency’s is refused and nothing changes', async () => {
      const other = await staffOf(server, 'agency_admin', 'dinkes');
      const before = (await admin.call('GET', PATH)).body;
      assert.equal((await other.call('GET', PATH)).status, 403);
      assert.equal((await other.call('PUT', PATH, TWO_A_DAY)).status, 403);
      assert.deepEqual((await admin.call('GET', PATH)).body, before);
      assert.equal((await admin.call('GET', '/staff/services/tidak-ada/schedule')).status, 404);
    });
  });
}
