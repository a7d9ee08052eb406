// The audit log: every staff action (who, when, what, before and after), readable by administrators, append-only in
// the database itself, and never holding a resident's NIK, phone or name, nor a password or a key. Both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { SqliteStore } from '../store/sqlite.js';
import { ENGINES } from './postgres.js';
import { addStaff, logIn, PASSWORD, staffOf, type StaffClient } from './staff-helpers.js';

const RESIDENT = { nik: nik(4242), name: 'Rahasia Warga Sekali', phone: '+6281299887766' };

for (const engine of ENGINES) {
  describe(`the audit log on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    let issuedKey: string;
    before(async () => {
      server = await startServer({ engine });
      admin = await staffOf(server, 'mpp_admin');
      // A day at the counter and at the office: every kind of staff action once.
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      const made = await book(server.base, booking({ ...RESIDENT, sessionId: 's0800' }));
      assert.equal(made.status, 201);
      assert.equal((await officer.call('GET', `/staff/bookings/${made.body.code}`)).status, 200);
      assert.equal((await officer.call('POST', `/operator/bookings/${made.body.code}/check-in`)).status, 200);
      assert.equal(
        (await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' })).status,
        200,
      );
      await admin.call('POST', '/operator/applications/PMH-2026-000123/advance', {
        action: 'advance',
        note: `Hubungi ${RESIDENT.phone}`,
      });
      const created = await admin.call('POST', '/staff/accounts', {
        email: 'baru@mpp.test',
        name: 'Petugas Baru',
        role: 'officer',
        agencyId: 'kpp',
        password: 'kata-sandi-baru-rahasia',
      });
      await admin.call('PATCH', `/staff/accounts/${created.body.id}`, {
        role: 'agency_admin',
        password: 'kata-sandi-lain-rahasia',
      });
      const key = await admin.call('POST', '/staff/api-keys', {
        name: 'SIAK',
        agencyId: 'disdukcapil',
        role: 'officer',
      });
      issuedKey = key.body.key;
      await admin.call('POST', `/staff/api-keys/${key.body.id}/revoke`);
      await call(server.base, 'POST', '/staff/login', { email: officer.account.email, password: 'salah-kata-sandi-x' });
      await officer.call('POST', '/staff/logout');
    });
    after(() => server.close());

    it('lists every staff action with who, when, what, before and after, newest first', async () => {
      const res = await admin.call('GET', '/staff/audit?limit=200');
      assert.equal(res.status, 200);
      conforms(assert, '/staff/audit', 'get', res);
      const actions = res.body.items.map((e: { action: string }) => e.action).reverse();
      for (const action of [
        'staff.create',
        'staff.login',
        'booking.read',
        'booking.check_in',
        'queue.call_next',
        'application.advance',
        'staff.update',
        'api_key.issue',
        'api_key.revoke',
        'staff.login_refused',
        'staff.logout',
      ])
        assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
      const checkIn = res.body.items.find((e: { action: string }) => e.action === 'booking.check_in');
      assert.equal(checkIn.actorKind, 'staff');
      assert.match(checkIn.actorLabel, /^officer-disdukcapil-\d+@mpp\.test$/);
      assert.equal(checkIn.agencyId, 'disdukcapil');
      assert.match(checkIn.target, /^RSV-/);
      assert.deepEqual(checkIn.before, { status: 'booked' });
      assert.deepEqual(checkIn.after, { status: 'checked_in', queueNumber: 'D-001' });
      assert.equal(checkIn.at, '2026-12-07T08:00:00+07:00');
      const update = res.body.items.find((e: { action: string }) => e.action === 'staff.update');
      assert.equal(update.before.role, 'officer');
      assert.equal(update.after.role, 'agency_admin');
      assert.equal(update.after.passwordChanged, true);
      const seqs = res.body.items.map((e: { seq: number }) => e.seq);
      assert.deepEqual(
        seqs,
        [...seqs].sort((a: number, b: number) => b - a),
      );
    });

    it('pages with limit and next', async () => {
      const first = await admin.call('GET', '/staff/audit?limit=3');
      assert.equal(first.body.items.length, 3);
      const second = await admin.call('GET', `/staff/audit?limit=3&before=${first.body.next}`);
      assert.ok(second.body.items[0].seq < first.body.items[2].seq);
    });

    it('narrows to a date range, an actor and an action (or every action under a prefix)', async () => {
      const all = (await admin.call('GET', '/staff/audit?limit=200')).body.items as {
        actorLabel: string;
        action: string;
        at: string;
      }[];
      const byAdmin = await admin.call(
        'GET',
        `/staff/audit?limit=200&actor=${encodeURIComponent(admin.account.email)}`,
      );
      assert.equal(byAdmin.status, 200);
      conforms(assert, '/staff/audit', 'get', byAdmin);
      assert.deepEqual(
        byAdmin.body.items.map((e: { seq: number }) => e.seq),
        all.filter((e) => e.actorLabel === admin.account.email).map((e) => (e as unknown as { seq: number }).seq),
      );
      assert.ok(byAdmin.body.items.length > 0);
      const keys = (await admin.call('GET', '/staff/audit?limit=200&action=api_key.')).body.items;
      assert.deepEqual(keys.map((e: { action: string }) => e.action).sort(), ['api_key.issue', 'api_key.revoke']);
      const issued = (await admin.call('GET', '/staff/audit?limit=200&action=api_key.issue')).body.items;
      assert.deepEqual(
        issued.map((e: { action: string }) => e.action),
        ['api_key.issue'],
      );
      const today = all[0]!.at.slice(0, 10);
      assert.equal(
        (await admin.call('GET', `/staff/audit?limit=200&from=${today}&to=${today}`)).body.items.length,
        all.length,
      );
      assert.equal((await admin.call('GET', '/staff/audit?from=2030-01-01')).body.items.length, 0);
      assert.equal((await admin.call('GET', '/staff/audit?to=2020-01-01')).body.items.length, 0);
      assert.equal((await admin.call('GET', '/staff/audit?from=kemarin')).status, 422);
      assert.equal((await admin.call('GET', '/staff/audit?action=DROP%20TABLE')).status, 422);
    });

    it('never holds a NIK, a phone, a resident’s name, a password, its hash or an API key', async () => {
      const text = JSON.stringify(await rowsOf(server, 'SELECT * FROM staff_audit'));
      for (const secret of [
        RESIDENT.nik,
        RESIDENT.phone,
        RESIDENT.phone.slice(3),
        RESIDENT.name,
        PASSWORD,
        'kata-sandi-baru-rahasia',
        'kata-sandi-lain-rahasia',
        'salah-kata-sandi-x',
        'scrypt$',
        issuedKey,
      ])
        assert.ok(!text.includes(secret), `the audit log holds ${secret}`);
    });

    it('cannot be changed or emptied, even by a query straight to the database', async () => {
      const [{ n }] = await rowsOf(server, 'SELECT COUNT(*) AS n FROM staff_audit');
      // A statement that returns no rows: SQLite runs it with run(), PostgreSQL as any query.
      const execute = async (sql: string) =>
        server.store instanceof SqliteStore ? server.store.db.prepare(sql).run() : rowsOf(server, sql);
      await assert.rejects(execute("UPDATE staff_audit SET action = 'nothing'"), /append-only/);
      await assert.rejects(execute('DELETE FROM staff_audit'), /append-only/);
      if (engine === 'postgres') await assert.rejects(execute('TRUNCATE staff_audit'), /append-only/);
      const [{ n: after }] = await rowsOf(server, 'SELECT COUNT(*) AS n FROM staff_audit');
      assert.equal(Number(after), Number(n));
    });

    it('is for administrators: an officer and a viewer are refused', async () => {
      for (const role of ['officer', 'viewer'] as const) {
        const client = await logIn(server, await addStaff(server, role, role === 'officer' ? 'kpp' : null));
        assert.equal((await client.call('GET', '/staff/audit')).status, 403);
      }
    });
  });
}
