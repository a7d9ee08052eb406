// Issue 22 (items 3 and 4) on both engines: what the booking look-up says before check-in, in the queue and after a
// missed check-in; what availability says about full days and the day whose booking window opens later, across a
// day boundary and as the window opens.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AvailabilityDay } from '../../src/api/types.js';
import { nextDayWithPlaces } from '../../src/rules/index.js';
import { book, booking, call, conforms, KTP, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { addStaff, logIn, staffOf } from './staff-helpers.js';

const wib = (date: string, hhmm: string) => Date.parse(`${date}T${hhmm}:00+07:00`);
const MONDAY = '2026-12-07';

for (const engine of ENGINES) {
  describe(`the day of the visit, as the look-up says it, on ${engine}`, () => {
    let server: TestServer;
    let email: string;
    /** The counter, signed in at the test's moment (a staff session ends when idle). */
    const counter = () => logIn(server, email);
    const lookUp = async (code: string, last4: string) => {
      const res = await call(server.base, 'POST', '/bookings/lookup', { code, nikLast4: last4 });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/bookings/lookup', 'post', res);
      return res.body;
    };
    before(async () => {
      server = await startServer({ engine, now: wib(MONDAY, '07:10') });
      email = await addStaff(server, 'mpp_admin');
    });
    after(() => server.close());

    it('before check-in: booked, the check-in window and place, no number, and no estimate before the session', async () => {
      const made = await book(server.base, booking({ nik: nik(41), sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const early = await lookUp(made.body.code, '0041');
      assert.equal(early.status, 'booked');
      assert.equal(early.checkIn.opensAt, '2026-12-07T07:45:00+07:00', 'when check-in opens');
      assert.ok(early.counter.length > 0, 'where to check in');
      assert.equal(early.queue.number, null, 'no queue number before check-in');
      assert.ok(
        Date.parse(early.queue.estimatedAt) >= wib(MONDAY, '08:00'),
        `the estimate ${early.queue.estimatedAt} is not before the 08.00 session`,
      );

      // Someone else checks in at 07.50; ours is still booked, the estimate still not before the session or now.
      server.setNow(wib(MONDAY, '07:50'));
      const other = await book(server.base, booking({ nik: nik(42), sessionId: 's0800' }));
      const admin = await counter();
      assert.equal((await admin.call('POST', `/operator/bookings/${other.body.code}/check-in`)).status, 200);
      const open = await lookUp(made.body.code, '0041');
      assert.equal(open.status, 'booked');
      assert.ok(Date.parse(open.queue.estimatedAt) >= wib(MONDAY, '08:00'));

      // Checked in: a number, the one checked in earlier ahead, an estimate from the session's start.
      assert.equal((await admin.call('POST', `/operator/bookings/${made.body.code}/check-in`)).status, 200);
      const waiting = await lookUp(made.body.code, '0041');
      assert.equal(waiting.status, 'checked_in');
      assert.match(waiting.queue.number, /^D-\d{3}$/);
      assert.equal(waiting.queue.ahead, 1);
      assert.ok(Date.parse(waiting.queue.estimatedAt) > wib(MONDAY, '08:00'), 'one ahead: after the start');

      // Called: the counter.
      server.setNow(wib(MONDAY, '08:05'));
      const later = await counter();
      await later.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      await later.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      const called = await lookUp(made.body.code, '0041');
      assert.equal(called.status, 'serving');
      assert.equal(called.queue.estimatedAt, null);
      assert.ok(called.queue.calledTo?.name, 'the counter the resident is called to');
    });

    it('a check-in missed: expired once the window closed, without a live queue', async () => {
      server.setNow(wib(MONDAY, '08:10'));
      const made = await book(server.base, booking({ nik: nik(43), sessionId: 's0900' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      server.setNow(wib(MONDAY, '10:15'));
      assert.equal((await lookUp(made.body.code, '0043')).status, 'booked', 'the window closes at 10.15');
      server.setNow(wib(MONDAY, '10:16'));
      const missed = await lookUp(made.body.code, '0043');
      assert.equal(missed.status, 'expired');
      assert.equal(missed.checkIn.closesAt, '2026-12-07T10:15:00+07:00');
      assert.equal(missed.queue, undefined);
    });
  });

  describe(`full days and the window's opening hour in availability, on ${engine}`, () => {
    let server: TestServer;
    let serial = 60;
    const days = async (): Promise<AvailabilityDay[]> => {
      const res = await call(server.base, 'GET', `/services/${KTP}/availability`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/services/{serviceId}/availability', 'get', res);
      return res.body.days;
    };
    const byDate = (list: AvailabilityDay[], date: string) => list.find((d) => d.date === date)!;

    before(async () => {
      server = await startServer({ engine, now: wib(MONDAY, '06:30') });
      const admin = await staffOf(server, 'agency_admin', 'disdukcapil');
      // One place a day at 08.00, Monday to Friday; the window's last day opens at 07.00.
      const res = await admin.call('PUT', `/staff/services/${KTP}/schedule`, {
        windowOpensAt: '07:00',
        weekdays: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          sessions: [{ start: '08:00', end: '09:00', quota: 1 }],
        })),
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    });
    after(() => server.close());

    it('says a day is full before anyone picks it, and the next day with places follows from the answer', async () => {
      const made = await book(server.base, booking({ nik: nik(serial++), date: '2026-12-08', sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const list = await days();
      const tuesday = byDate(list, '2026-12-08');
      assert.equal(tuesday.open, true);
      assert.equal(tuesday.full, true);
      assert.equal(tuesday.sessions[0].remaining, 0);
      assert.equal(byDate(list, '2026-12-09').full, false);
      assert.equal(nextDayWithPlaces(list, '2026-12-08'), '2026-12-09');
    });

    it("lists the window's last day as not open yet with its opening instant, then open at the hour", async () => {
      server.setNow(wib(MONDAY, '06:59'));
      const before = byDate(await days(), '2026-12-14');
      assert.equal(before.open, false);
      assert.deepEqual(before.reason, { code: 'closed', opensAt: '2026-12-07T07:00:00+07:00' });
      const early = await book(server.base, booking({ nik: nik(serial++), date: '2026-12-14', sessionId: 's0800' }));
      assert.equal(early.body.code, 'outside_window');
      server.setNow(wib(MONDAY, '07:00'));
      const opened = byDate(await days(), '2026-12-14');
      assert.equal(opened.open, true);
      assert.equal(opened.full, false);
      assert.equal(opened.sessions[0].remaining, 1);
    });

    it('across midnight: a day whose sessions ended is not full, the next last day waits for 07.00', async () => {
      server.setNow(wib(MONDAY, '23:59'));
      const late = await days();
      assert.equal(late[0].date, MONDAY);
      assert.equal(late[0].open, true);
      assert.equal(late[0].full, false, 'its session ended: over, not full');
      assert.equal(late[7].date, '2026-12-14');
      assert.equal(late[7].open, true, 'opened at 07.00 today');

      server.setNow(wib('2026-12-08', '00:00'));
      const tuesday = await days();
      assert.equal(tuesday[0].date, '2026-12-08');
      assert.equal(tuesday[0].full, true, 'still full on its own day');
      assert.equal(tuesday[7].date, '2026-12-15');
      assert.deepEqual(tuesday[7].reason, { code: 'closed', opensAt: '2026-12-08T07:00:00+07:00' });
      server.setNow(wib('2026-12-08', '07:00'));
      const opened = await days();
      assert.equal(opened[7].open, true);
      assert.equal(opened[7].full, false);
    });
  });
}
