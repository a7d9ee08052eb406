// The counter's outcomes on both engines: served, no-show, sent to another counter of the agency (who then is that
// counter's to call, first); who a counter serves now; the called counter on the resident's own booking
// ("Silakan ke Loket 1"); each outcome audited without the person.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, MONDAY_0800, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const AGENCY = 'disdukcapil';

/**
 * A server whose Disdukcapil has two counters (the demo catalogue gives it one): seeded once, the agency's document
 * changed in the database, then started again on it, as an administrator's edit would leave it.
 */
async function serverWithTwoCounters(engine: (typeof ENGINES)[number], env: Record<string, string> = {}) {
  const first = await startServer({ engine, env });
  const [row] = await rowsOf(first, 'SELECT doc FROM agencies WHERE id = ?', AGENCY);
  const doc = typeof row.doc === 'string' ? JSON.parse(row.doc) : row.doc;
  doc.counters = [
    { id: 'loket-1', name: 'Loket 1' },
    { id: 'loket-1b', name: 'Loket 1B' },
  ];
  await rowsOf(first, 'UPDATE agencies SET doc = ? WHERE id = ? RETURNING id', JSON.stringify(doc), AGENCY);
  await first.close();
  return startServer({ engine, env, database: first.path });
}

for (const engine of ENGINES) {
  describe(`the counter's outcomes on ${engine}`, () => {
    let server: TestServer;
    let officer: StaffClient;
    let serial = 0;
    before(async () => {
      server = await serverWithTwoCounters(engine);
      officer = await staffOf(server, 'officer', AGENCY);
    });
    after(() => server.close());

    /** Books the 08:00 session (its check-in is open) and checks in; answers the code and the NIK's last 4. */
    async function checkedIn() {
      const n = nik(++serial);
      const made = await book(server.base, booking({ nik: n, sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const res = await officer.call('POST', `/operator/bookings/${made.body.code}/check-in`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return { code: made.body.code as string, last4: n.slice(-4), number: res.body.queue.number as string };
    }
    const callNext = (counterId: string) => officer.call('POST', `/operator/queues/${AGENCY}/call-next`, { counterId });
    const outcome = (code: string, body: object) => officer.call('POST', `/operator/bookings/${code}/outcome`, body);
    const lookup = (v: { code: string; last4: string }) =>
      call(server.base, 'POST', '/bookings/lookup', { code: v.code, nikLast4: v.last4 });
    const counter = (id: string) => officer.call('GET', `/operator/queues/${AGENCY}/counters/${id}`);

    it('tells the called resident which counter to go to, and the counter who it serves', async () => {
      const a = await checkedIn();
      const waitingView = await lookup(a);
      assert.equal(waitingView.body.queue.calledTo, undefined, 'not called yet');

      assert.equal((await callNext('loket-1b')).status, 200);
      const seen = await lookup(a);
      conforms(assert, '/bookings/lookup', 'post', seen);
      assert.equal(seen.body.status, 'serving');
      assert.deepEqual(seen.body.queue.calledTo, { id: 'loket-1b', name: 'Loket 1B' });

      const state = await counter('loket-1b');
      conforms(assert, '/operator/queues/{agencyId}/counters/{counterId}', 'get', state);
      assert.equal(state.body.counterName, 'Loket 1B');
      assert.equal(state.body.serving.code, a.code);
      assert.equal(state.body.serving.queueNumber, a.number);
      assert.doesNotMatch(JSON.stringify(state.body), /Siti|\+62|nik/i, 'no personal data at the counter view');
      assert.equal((await counter('loket-1')).body.serving, null);

      const served = await outcome(a.code, { outcome: 'served' });
      assert.equal(served.status, 200, JSON.stringify(served.body));
      conforms(assert, '/operator/bookings/{code}/outcome', 'post', served);
      assert.equal(served.body.status, 'done');
      assert.equal((await lookup(a)).body.status, 'done');
      assert.equal((await counter('loket-1b')).body.serving, null, 'the counter is free again');
    });

    it('sends a visitor to another counter, which calls them first; the other counter does not take them', async () => {
      const a = await checkedIn();
      const b = await checkedIn();
      const c = await checkedIn();
      assert.equal((await callNext('loket-1')).body.counters[0].nowServing, a.number);
      const calledAt = async () =>
        (await rowsOf(server, 'SELECT called_at FROM bookings WHERE code = ?', a.code))[0].called_at;
      const firstCall = await calledAt();
      server.setNow(MONDAY_0800 + 5 * 60_000);
      const sent = await outcome(a.code, { outcome: 'transferred', counterId: 'loket-1b' });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal(sent.body.status, 'checked_in');
      assert.equal((await counter('loket-1b')).body.waitingHere, 1);

      // Loket 1 calls the next in line, not the visitor sent to Loket 1B.
      await callNext('loket-1');
      assert.equal((await counter('loket-1')).body.serving.code, b.code);
      // Loket 1B calls the visitor sent to it before the line (c checked in before a reached it).
      await callNext('loket-1b');
      assert.equal((await counter('loket-1b')).body.serving.code, a.code);
      assert.deepEqual((await lookup(a)).body.queue.calledTo, { id: 'loket-1b', name: 'Loket 1B' });
      assert.equal((await lookup(c)).body.status, 'checked_in');
      // The wait is the resident's: from check-in to the first call, not to the second.
      assert.equal(await calledAt(), firstCall);
      server.setNow(MONDAY_0800);
      await outcome(a.code, { outcome: 'served' });
      await outcome(b.code, { outcome: 'served' });
      await callNext('loket-1');
      await outcome(c.code, { outcome: 'served' });
    });

    it('marks a called visitor who does not come to the counter as a no-show', async () => {
      const a = await checkedIn();
      await callNext('loket-1');
      const absent = await outcome(a.code, { outcome: 'no_show' });
      assert.equal(absent.status, 200);
      assert.equal(absent.body.status, 'no_show');
      const seen = await lookup(a);
      assert.equal(seen.body.status, 'no_show');
      assert.equal(seen.body.queue, undefined, 'no live queue for a visit that is over');
    });

    it('refuses an outcome for a visit not being served, and a transfer to no other counter', async () => {
      const a = await checkedIn();
      const early = await outcome(a.code, { outcome: 'served' });
      assert.equal(early.status, 409);
      assert.equal(early.body.code, 'booking_not_active');
      await callNext('loket-1');
      for (const body of [
        { outcome: 'transferred' },
        { outcome: 'transferred', counterId: 'loket-99' },
        { outcome: 'transferred', counterId: 'loket-1' },
      ]) {
        const res = await outcome(a.code, body);
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(res.body.errors[0].field, 'counterId');
      }
      assert.equal((await outcome(a.code, { outcome: 'finished' })).status, 422, 'unknown outcome');
      assert.equal((await lookup(a)).body.status, 'serving', 'nothing changed');
      assert.equal((await outcome('RSV-ZZZZZZZZ', { outcome: 'served' })).status, 404);
      await outcome(a.code, { outcome: 'served' });
    });

    it('records each outcome in the audit log, by code and queue number, never the person', async () => {
      const admin = await staffOf(server, 'mpp_admin');
      const log = (await admin.call('GET', '/staff/audit?limit=200')).body.items as {
        action: string;
        before: { status: string; counterId: string | null };
        after: { status: string; counterId: string | null };
      }[];
      const transfer = log.find((e) => e.action === 'booking.transferred')!;
      assert.deepEqual(
        [transfer.before.status, transfer.before.counterId, transfer.after.status, transfer.after.counterId],
        ['serving', 'loket-1', 'checked_in', 'loket-1b'],
      );
      assert.ok(log.some((e) => e.action === 'booking.served' && e.after.status === 'done'));
      assert.ok(log.some((e) => e.action === 'booking.no_show' && e.after.status === 'no_show'));
      assert.doesNotMatch(JSON.stringify(log), /Siti Aminah|\+6281234567890|2172010101/);
    });
  });

  describe(`a no-show gives the session's place back on ${engine}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ engine, env: { MPP_DEFAULT_QUOTA: '1' } });
    });
    after(() => server.close());

    it('lets another resident book the place of a visitor who did not come when called', async () => {
      const officer = await staffOf(server, 'officer', AGENCY);
      const first = await book(server.base, booking({ nik: nik(71), sessionId: 's0800' }));
      assert.equal(first.status, 201);
      const full = await book(server.base, booking({ nik: nik(72), sessionId: 's0800' }));
      assert.equal(full.status, 409, 'the only place is taken');
      await officer.call('POST', `/operator/bookings/${first.body.code}/check-in`);
      await officer.call('POST', `/operator/queues/${AGENCY}/call-next`, { counterId: 'loket-1' });
      await officer.call('POST', `/operator/bookings/${first.body.code}/outcome`, { outcome: 'no_show' });
      const again = await book(server.base, booking({ nik: nik(72), sessionId: 's0800' }));
      assert.equal(again.status, 201, JSON.stringify(again.body));
    });
  });
}
