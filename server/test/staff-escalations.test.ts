// Authorization against a crafted body, on both engines: the escalations a signed-in officer or agency
// administrator might try — raising their own role, moving to another agency, making an MPP administrator, acting
// on another agency's bookings by naming their own. Every operation asked by every kind of caller is
// staff-authz.test.ts's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { book, booking, nik } from './helpers.js';
import { ENGINES } from './postgres.js';
import { addStaff, serverWithAdmin, staffOf } from './staff-helpers.js';

/** The agency the escalating staff belong to, and another one. */
const A = 'dinkes';
const B = 'disdukcapil';

for (const engine of ENGINES) {
  describe(`escalations with a crafted body on ${engine}`, () => {
    const kit = serverWithAdmin(engine);
    let serial = 100;

    it('an officer cannot raise their own role or move to another agency, whatever they send', async () => {
      const officer = await staffOf(kit.server, 'officer', A);
      const self = `/staff/accounts/${officer.account.id}`;
      for (const change of [
        { role: 'mpp_admin' },
        { role: 'agency_admin' },
        { agencyId: B },
        { agencyId: null },
        { disabled: false },
      ]) {
        const res = await officer.call('PATCH', self, change);
        assert.equal(res.status, 403, JSON.stringify(change));
      }
      // Fields the contract does not know are refused before any rule runs.
      const smuggled = await officer.call('PATCH', self, { name: 'x', passwordHash: 'scrypt$1$1$1$a$b' });
      assert.equal(smuggled.status, 422);
      const made = await officer.call('POST', '/staff/accounts', {
        email: 'kawan@mpp.test',
        name: 'Kawan',
        role: 'mpp_admin',
        password: 'kata-sandi-kawan-panjang',
      });
      assert.equal(made.status, 403);
      const me = await officer.call('GET', '/staff/session');
      assert.equal(me.body.account.role, 'officer');
      assert.equal(me.body.account.agencyId, A);
    });

    it('an agency administrator cannot make an MPP administrator, reach another agency, or promote themself', async () => {
      const agencyAdmin = await staffOf(kit.server, 'agency_admin', A);
      const create = (body: object) =>
        agencyAdmin.call('POST', '/staff/accounts', {
          email: `x-${++serial}@mpp.test`,
          name: 'X',
          password: 'kata-sandi-yang-panjang',
          ...body,
        });
      assert.equal((await create({ role: 'mpp_admin' })).status, 403);
      assert.equal((await create({ role: 'officer', agencyId: B })).status, 403);
      assert.equal((await create({ role: 'viewer' })).status, 403, 'a viewer of every agency is the MPP’s to make');
      assert.equal((await create({ role: 'officer', agencyId: A })).status, 201);
      const mine = (await agencyAdmin.call('GET', '/staff/accounts')).body.items.find(
        (s: { role: string; id: string }) => s.role === 'officer' && s.id !== agencyAdmin.account.id,
      );
      assert.equal((await agencyAdmin.call('PATCH', `/staff/accounts/${mine.id}`, { agencyId: B })).status, 403);
      assert.equal(
        (await agencyAdmin.call('PATCH', `/staff/accounts/${mine.id}`, { role: 'mpp_admin', agencyId: null })).status,
        403,
      );
      assert.equal(
        (await agencyAdmin.call('PATCH', `/staff/accounts/${agencyAdmin.account.id}`, { role: 'mpp_admin' })).status,
        403,
      );
      const other = await addStaff(kit.server, 'officer', B);
      const otherId = (await kit.admin.call('GET', '/staff/accounts')).body.items.find(
        (s: { email: string }) => s.email === other,
      ).id;
      assert.equal((await agencyAdmin.call('PATCH', `/staff/accounts/${otherId}`, { agencyId: A })).status, 403);
      assert.equal((await agencyAdmin.call('PATCH', `/staff/accounts/${otherId}`, { disabled: true })).status, 403);
    });

    it('an officer cannot check in, read or call another agency’s bookings and queue by naming its own agency', async () => {
      const officer = await staffOf(kit.server, 'officer', A);
      const theirs = await book(kit.server.base, booking({ nik: nik(++serial), sessionId: 's0800' }));
      assert.equal((await officer.call('GET', `/staff/bookings/${theirs.body.code}`)).status, 403);
      const checkIn = await officer.call('POST', `/operator/bookings/${theirs.body.code}/check-in`, { agencyId: A });
      assert.equal(checkIn.status, 403);
      assert.equal(
        (await officer.call('POST', `/operator/queues/${B}/call-next`, { counterId: 'loket-1' })).status,
        403,
      );
      const stored = await kit.server.store.booking(theirs.body.code);
      assert.equal(stored!.status, 'booked', 'nothing changed');
    });
  });
}
