// Closed days: an MPP administrator closes a day for the MPP, an agency administrator for its agency. The day's
// bookings are marked closed with the reason, and the resident looking theirs up sees why and moves it to another
// day. (A booking racing a closure is refused inside its own transaction: schedule-store.test.ts.) Both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, KTP, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const DINKES_SERVICE = 'dinkes-penerbitan-surat-izin-praktik-dokter-dokter';

for (const engine of ENGINES) {
  describe(`closed days on ${engine}`, () => {
    let server: TestServer;
    let mppAdmin: StaffClient;
    let capil: StaffClient;
    let serial = 0;
    const resident = (overrides: Parameters<typeof booking>[0]) =>
      book(server.base, booking({ nik: nik(++serial), ...overrides }));
    const lookup = (code: string, last4: string) =>
      call(server.base, 'POST', '/bookings/lookup', { code, nikLast4: last4 });
    const dayOf = async (serviceId: string, date: string) =>
      (await call(server.base, 'GET', `/services/${serviceId}/availability?from=${date}&days=1`)).body.days[0];

    before(async () => {
      server = await startServer({ engine });
      mppAdmin = await staffOf(server, 'mpp_admin');
      capil = await staffOf(server, 'agency_admin', 'disdukcapil');
    });
    after(() => server.close());

    it('lists the seeded holidays as closures of the whole MPP', async () => {
      const res = await capil.call('GET', '/staff/closures?from=2026-12-01&days=31');
      assert.equal(res.status, 200);
      conforms(assert, '/staff/closures', 'get', res);
      const christmas = res.body.items.find((c: { date: string }) => c.date === '2026-12-25');
      assert.deepEqual(
        { id: christmas.id, agencyId: christmas.agencyId, kind: christmas.kind },
        { id: 'hol-2026-12-25', agencyId: null, kind: 'holiday' },
      );
    });

    it('an agency closes its day: the count before confirming, its bookings marked, the resident told why', async () => {
      const date = '2026-12-09';
      const mine = [
        await resident({ date, sessionId: 's0800' }),
        await resident({ date, sessionId: 's1000' }),
        await resident({ date: '2026-12-10', sessionId: 's0800' }),
      ];
      const theirs = await resident({ serviceId: DINKES_SERVICE, date, sessionId: 's0800' });
      for (const m of [...mine, theirs]) assert.equal(m.status, 201, JSON.stringify(m.body));

      const preview = await capil.call('GET', `/staff/closures/preview?date=${date}&agencyId=disdukcapil`);
      assert.equal(preview.status, 200);
      conforms(assert, '/staff/closures/preview', 'get', preview);
      assert.deepEqual(preview.body, { date, agencyId: 'disdukcapil', bookings: 2, alreadyClosed: false });

      const made = await capil.call('POST', '/staff/closures', {
        date,
        agencyId: 'disdukcapil',
        kind: 'closure',
        name: 'Pemadaman listrik',
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      conforms(assert, '/staff/closures', 'post', made);
      assert.equal(made.body.closedBookings, 2);

      const seen = await lookup(mine[0]!.body.code, mine[0]!.body.nikMasked.slice(-4));
      conforms(assert, '/bookings/lookup', 'post', seen);
      assert.equal(seen.body.status, 'closed');
      assert.deepEqual(seen.body.closure, { code: 'closure', name: 'Pemadaman listrik' });
      assert.equal((await server.store.booking(mine[2]!.body.code))?.status, 'booked', 'another day is untouched');
      assert.equal((await server.store.booking(theirs.body.code))?.status, 'booked', 'another agency is untouched');

      assert.deepEqual((await dayOf(KTP, date)).reason, { code: 'closure', name: 'Pemadaman listrik' });
      assert.equal((await dayOf(DINKES_SERVICE, date)).open, true);
      const refused = await resident({ date, sessionId: 's0900' });
      assert.equal(refused.body.code, 'day_closed');

      const again = await capil.call('POST', '/staff/closures', {
        date,
        agencyId: 'disdukcapil',
        kind: 'closure',
        name: 'Lagi',
      });
      assert.equal(again.status, 409, 'one closure per day and scope');

      const audit = (await capil.call('GET', '/staff/audit?limit=10')).body.items.find(
        (e: { action: string }) => e.action === 'closure.create',
      );
      assert.equal(audit.after.closedBookings, 2);
      assert.equal(audit.after.name, 'Pemadaman listrik');
      assert.equal(audit.before, null);
    });

    it('the resident moves a closed booking to another day; it is booked again there', async () => {
      const date = '2026-12-11';
      const made = await resident({ date, sessionId: 's0900' });
      const last4 = made.body.nikMasked.slice(-4);
      await capil.call('POST', '/staff/closures', {
        date,
        agencyId: 'disdukcapil',
        kind: 'closure',
        name: 'Rapat kerja',
      });
      const moved = await call(server.base, 'POST', `/bookings/${made.body.code}/reschedule`, {
        nikLast4: last4,
        date: '2026-12-14',
        sessionId: 's0900',
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.status, 'booked');
      assert.equal(moved.body.closure, undefined);
      assert.equal((await dayOf(KTP, '2026-12-14')).sessions[1].remaining, 9, 'the new day’s place is taken');
      const back = await call(server.base, 'POST', `/bookings/${made.body.code}/reschedule`, {
        nikLast4: last4,
        date,
        sessionId: 's0900',
      });
      assert.equal(back.body.code, 'day_closed', 'nobody moves onto a closed day');
    });

    it('reopening a day takes bookings again with every place counted; marked bookings stay closed', async () => {
      const date = '2026-12-08';
      const made = await resident({ date, sessionId: 's1300' });
      const closure = await capil.call('POST', '/staff/closures', {
        date,
        agencyId: 'disdukcapil',
        kind: 'closure',
        name: 'Pemadaman listrik',
      });
      const removed = await capil.call('DELETE', `/staff/closures/${closure.body.closure.id}`);
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      conforms(assert, '/staff/closures/{closureId}', 'delete', removed);
      assert.equal((await server.store.booking(made.body.code))?.status, 'closed');
      const day = await dayOf(KTP, date);
      assert.equal(day.open, true);
      assert.equal(day.sessions.find((s: { id: string }) => s.id === 's1300').remaining, 10);
      for (let i = 0; i < 10; i++) assert.equal((await resident({ date, sessionId: 's1300' })).status, 201);
      assert.equal((await resident({ date, sessionId: 's1300' })).body.code, 'session_full');
      assert.equal((await capil.call('DELETE', `/staff/closures/${closure.body.closure.id}`)).status, 404);
    });

    it('holidays and the whole MPP are the MPP administrator’s; an agency administrator cannot reach them', async () => {
      const holiday = { date: '2026-12-31', kind: 'cuti_bersama', name: 'Cuti bersama akhir tahun' };
      assert.equal((await capil.call('POST', '/staff/closures', holiday)).status, 403);
      assert.equal(
        (await capil.call('POST', '/staff/closures', { ...holiday, agencyId: 'disdukcapil' })).status,
        422,
        'a holiday is for the whole MPP',
      );
      assert.equal((await capil.call('DELETE', '/staff/closures/hol-2026-12-25')).status, 403);
      const other = await staffOf(server, 'agency_admin', 'dinkes');
      const mine = await capil.call('POST', '/staff/closures', {
        date: '2026-12-30',
        agencyId: 'disdukcapil',
        kind: 'closure',
        name: 'Pindah gedung',
      });
      assert.equal((await other.call('DELETE', `/staff/closures/${mine.body.closure.id}`)).status, 403);
      const listed = (await other.call('GET', '/staff/closures?from=2026-12-01&days=31')).body.items;
      assert.ok(listed.every((c: { agencyId: string | null }) => c.agencyId === null || c.agencyId === 'dinkes'));
      const made = await mppAdmin.call('POST', '/staff/closures', holiday);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.deepEqual((await dayOf(DINKES_SERVICE, '2026-12-31')).reason, {
        code: 'cuti_bersama',
        name: 'Cuti bersama akhir tahun',
      });
      const past = await mppAdmin.call('POST', '/staff/closures', { ...holiday, date: '2026-12-01' });
      assert.equal(past.status, 422);
    });
  });
}
