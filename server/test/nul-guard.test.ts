// NUL in a staff or counter address or body, on both engines: PostgreSQL refuses NUL in any text, so before this
// guard these requests answered 500 there (found by the contract fuzzing, issue 19). Each now gets the answer an
// unknown code or a wrong field gets, and nothing reaches the store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, conforms } from './helpers.js';
import { ENGINES } from './postgres.js';
import { serverWithAdmin } from './staff-helpers.js';

for (const engine of ENGINES) {
  describe(`NUL in a request on ${engine}`, () => {
    const kit = serverWithAdmin(engine);

    const addresses: [string, string, string][] = [
      ['GET', '/staff/bookings/A%00B', '/staff/bookings/{code}'],
      ['POST', '/operator/bookings/A%00B/check-in', '/operator/bookings/{code}/check-in'],
      ['POST', '/operator/applications/A%00B/advance', '/operator/applications/{number}/advance'],
      ['POST', '/staff/api-keys/key_%00/revoke', '/staff/api-keys/{keyId}/revoke'],
      ['PATCH', '/staff/accounts/stf_%00', '/staff/accounts/{staffId}'],
    ];
    for (const [method, path, template] of addresses)
      it(`${method} ${path}: 404, as for any code that names nothing`, async () => {
        const body = method === 'GET' ? undefined : { action: 'advance', nikLast4: '0003', name: 'x' };
        const answer = await kit.admin.call(method, path, body);
        assert.equal(answer.status, 404);
        conforms(assert, template, method.toLowerCase(), answer);
      });

    it('a filter with NUL: 422 naming it', async () => {
      const answer = await kit.admin.call('GET', '/staff/audit?agencyId=%00');
      assert.equal(answer.status, 422);
      assert.equal(answer.body.errors[0].field, 'agencyId');
    });

    it('a staff name with NUL: 422 naming the field, no account made', async () => {
      const answer = await kit.admin.call('POST', '/staff/accounts', {
        email: 'nul@mpp.test',
        name: 'Budi\u0000',
        role: 'viewer',
        password: 'kata-sandi-yang-panjang',
      });
      assert.equal(answer.status, 422);
      conforms(assert, '/staff/accounts', 'post', answer);
      assert.deepEqual(
        answer.body.errors.map((e: { field: string }) => e.field),
        ['name'],
      );
      const listed = await kit.admin.call('GET', '/staff/accounts');
      assert.ok(!JSON.stringify(listed.body).includes('nul@mpp.test'));
    });

    it('a resident’s look-up with NUL in the code: the same 422 the contract’s pattern gives', async () => {
      const answer = await call(kit.server.base, 'POST', '/lookup', { code: 'RSV\u0000X', verifier: '0003' });
      assert.equal(answer.status, 422);
    });
  });
}
