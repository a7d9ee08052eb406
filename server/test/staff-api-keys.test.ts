// Named API keys for agency systems: issued by an administrator (shown once, kept as a hash), scoped to an agency and
// a role, refused from the moment they are revoked. Both engines.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { book, booking, call, conforms, nik, rowsOf } from './helpers.js';
import { ENGINES } from './postgres.js';
import { serverWithAdmin, staffOf } from './staff-helpers.js';

for (const engine of ENGINES) {
  describe(`API keys on ${engine}`, () => {
    const kit = serverWithAdmin(engine);

    const withKey = (key: string) => ({ Authorization: `Bearer ${key}` });

    it('is shown once, kept only as its SHA-256, and listed without it', async () => {
      const issued = await kit.admin.call('POST', '/staff/api-keys', {
        name: 'SIAK Disdukcapil',
        agencyId: 'disdukcapil',
        role: 'officer',
      });
      assert.equal(issued.status, 201);
      conforms(assert, '/staff/api-keys', 'post', issued);
      assert.match(issued.body.key, /^mppk_[A-Za-z0-9_-]{43}$/);
      const [row] = await rowsOf(kit.server, 'SELECT * FROM staff_api_keys WHERE id = ?', issued.body.id);
      assert.equal(row.key_hash, createHash('sha256').update(issued.body.key).digest('hex'));
      assert.ok(!JSON.stringify(row).includes(issued.body.key));
      const list = await kit.admin.call('GET', '/staff/api-keys');
      conforms(assert, '/staff/api-keys', 'get', list);
      const listed = list.body.items.find((k: { id: string }) => k.id === issued.body.id);
      assert.equal(listed.name, 'SIAK Disdukcapil');
      assert.equal(listed.key, undefined);
      assert.ok(!JSON.stringify(list.body).includes(issued.body.key));
    });

    it('works for its agency and role only, and not from the moment it is revoked', async () => {
      const { body: key } = await kit.admin.call('POST', '/staff/api-keys', {
        name: 'Antrean Disdukcapil',
        agencyId: 'disdukcapil',
        role: 'officer',
      });
      const made = await book(kit.server.base, booking({ nik: nik(71), sessionId: 's0800' }));
      const checkIn = await call(
        kit.server.base,
        'POST',
        `/operator/bookings/${made.body.code}/check-in`,
        undefined,
        withKey(key.key),
      );
      assert.equal(checkIn.status, 200);
      assert.equal(checkIn.body.status, 'checked_in');
      // The scheme is case-insensitive (RFC 9110 §11.1): an agency system that writes `bearer` is let in too.
      const lowercase = await call(kit.server.base, 'GET', `/staff/bookings/${made.body.code}`, undefined, {
        Authorization: `bearer ${key.key}`,
      });
      assert.equal(lowercase.status, 200);
      const otherAgency = await call(
        kit.server.base,
        'POST',
        '/operator/queues/kpp/call-next',
        { counterId: 'loket-1' },
        withKey(key.key),
      );
      assert.equal(otherAgency.status, 403);
      const staffOps = await call(kit.server.base, 'GET', '/staff/accounts', undefined, withKey(key.key));
      assert.equal(staffOps.status, 403);
      const issueMore = await call(
        kit.server.base,
        'POST',
        '/staff/api-keys',
        { name: 'x', agencyId: 'disdukcapil', role: 'officer' },
        withKey(key.key),
      );
      assert.equal(issueMore.status, 403);

      const revoked = await kit.admin.call('POST', `/staff/api-keys/${key.id}/revoke`);
      assert.equal(revoked.status, 200);
      conforms(assert, '/staff/api-keys/{keyId}/revoke', 'post', revoked);
      assert.ok(revoked.body.revokedAt);
      const after = await call(
        kit.server.base,
        'POST',
        '/operator/queues/disdukcapil/call-next',
        { counterId: 'loket-1' },
        withKey(key.key),
      );
      assert.equal(after.status, 401);
    });

    it('is refused when made up, malformed, or a viewer key asks for a counter action', async () => {
      for (const header of ['Bearer mppk_' + 'A'.repeat(43), 'Bearer wrong', 'Basic YTpi', 'Bearer '])
        assert.equal(
          (
            await call(
              kit.server.base,
              'POST',
              '/operator/queues/disdukcapil/call-next',
              { counterId: 'loket-1' },
              {
                Authorization: header,
              },
            )
          ).status,
          401,
          header,
        );
      const { body: viewer } = await kit.admin.call('POST', '/staff/api-keys', {
        name: 'Dasbor',
        agencyId: 'disdukcapil',
        role: 'viewer',
      });
      const res = await call(
        kit.server.base,
        'POST',
        '/operator/queues/disdukcapil/call-next',
        { counterId: 'loket-1' },
        withKey(viewer.key),
      );
      assert.equal(res.status, 403);
    });

    it('is issued and revoked by an agency administrator for their own agency only', async () => {
      const agencyAdmin = await staffOf(kit.server, 'agency_admin', 'disdukcapil');
      const own = await agencyAdmin.call('POST', '/staff/api-keys', {
        name: 'Kios',
        agencyId: 'disdukcapil',
        role: 'officer',
      });
      assert.equal(own.status, 201);
      const other = await agencyAdmin.call('POST', '/staff/api-keys', {
        name: 'Kios',
        agencyId: 'kpp',
        role: 'officer',
      });
      assert.equal(other.status, 403);
      const { body: kppKey } = await kit.admin.call('POST', '/staff/api-keys', {
        name: 'KPP',
        agencyId: 'kpp',
        role: 'officer',
      });
      assert.equal((await agencyAdmin.call('POST', `/staff/api-keys/${kppKey.id}/revoke`)).status, 403);
      const listed = await agencyAdmin.call('GET', '/staff/api-keys');
      assert.ok(listed.body.items.every((k: { agencyId: string }) => k.agencyId === 'disdukcapil'));
      // Admin roles are not for machines: the contract allows officer and viewer only.
      const adminKey = await kit.admin.call('POST', '/staff/api-keys', {
        name: 'x',
        agencyId: 'kpp',
        role: 'agency_admin',
      });
      assert.equal(adminKey.status, 422);
    });
  });
}
