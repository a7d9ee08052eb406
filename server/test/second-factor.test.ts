// The second factor as the MPP's choice (MPP_SECOND_FACTOR) on both engines: `GET /config` announces it, a booking
// is found, cancelled and moved with a factor of that kind (as `secondFactor`, or a v1 client's `nikLast4` where it
// is the NIK's), and a wrong or missing factor answers exactly as an unknown code does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config.js';
import { book, booking, call, conforms, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';

// helpers' NIK: born 1 January 1985, serial as given; helpers' phone ends 7890.
const KINDS = [
  { kind: 'nik_last4', right: (serial: number) => String(serial).padStart(4, '0'), wrong: '9999' },
  { kind: 'phone_last4', right: () => '7890', wrong: '7891' },
  { kind: 'birth_date', right: () => '1985-01-01', wrong: '1985-01-02' },
] as const;

describe('MPP_SECOND_FACTOR', () => {
  it('defaults to the NIK’s last 4 digits and refuses an unknown kind with a clear message', () => {
    assert.equal(loadConfig({}).secondFactor, 'nik_last4');
    assert.equal(loadConfig({ MPP_SECOND_FACTOR: 'birth_date' }).secondFactor, 'birth_date');
    assert.throws(
      () => loadConfig({ MPP_SECOND_FACTOR: 'nik' }),
      /^Error: MPP_SECOND_FACTOR is one of nik_last4, phone_last4, birth_date, not "nik"$/,
    );
  });
});

for (const engine of ENGINES) {
  for (const { kind, right, wrong } of KINDS) {
    describe(`second factor ${kind} on ${engine}`, () => {
      let server: TestServer;
      let serial = 700;
      before(async () => (server = await startServer({ engine, env: { MPP_SECOND_FACTOR: kind } })));
      after(() => server.close());

      async function booked() {
        const n = ++serial;
        const made = await book(server.base, booking({ nik: nik(n) }));
        assert.equal(made.status, 201, JSON.stringify(made.body));
        return { code: made.body.code as string, factor: right(n) };
      }

      it('is announced by GET /config, cacheable', async () => {
        const answer = await call(server.base, 'GET', '/config');
        conforms(assert, '/config', 'get', answer);
        assert.deepEqual(answer.body, { secondFactor: kind });
        assert.equal(answer.headers.get('cache-control'), 'public, max-age=3600');
      });

      it('finds a booking with the right factor, and answers a wrong or missing one as an unknown code', async () => {
        const { code, factor } = await booked();
        const found = await call(server.base, 'POST', '/bookings/lookup', { code, secondFactor: factor });
        assert.equal(found.status, 200, JSON.stringify(found.body));
        conforms(assert, '/bookings/lookup', 'post', found);
        assert.equal(found.body.code, code);
        const viaStatus = await call(server.base, 'POST', '/lookup', { code, verifier: factor });
        assert.equal(viaStatus.status, 200);
        assert.equal(viaStatus.body.kind, 'booking');

        const unknown = await call(server.base, 'POST', '/bookings/lookup', {
          code: 'RSV-ZZZZZZZZ',
          secondFactor: factor,
        });
        assert.equal(unknown.status, 404);
        conforms(assert, '/bookings/lookup', 'post', unknown);
        for (const body of [{ code, secondFactor: wrong }, { code }]) {
          const refused = await call(server.base, 'POST', '/bookings/lookup', body);
          assert.equal(refused.status, 404, JSON.stringify(body));
          assert.deepEqual(refused.body, unknown.body, 'the same answer as an unknown code');
        }
      });

      it('takes a v1 client’s nikLast4 as the factor it is', async () => {
        const { code } = await booked();
        const v1 = await call(server.base, 'POST', '/bookings/lookup', {
          code,
          nikLast4: String(serial).padStart(4, '0'),
        });
        assert.equal(v1.status, kind === 'nik_last4' ? 200 : 404);
      });

      it('cancels with the right factor only', async () => {
        const { code, factor } = await booked();
        const wrongly = await call(server.base, 'POST', `/bookings/${code}/cancel`, { secondFactor: wrong });
        assert.equal(wrongly.status, 404);
        const missing = await call(server.base, 'POST', `/bookings/${code}/cancel`, {});
        assert.equal(missing.status, 404);
        assert.deepEqual(missing.body, wrongly.body);
        const cancelled = await call(server.base, 'POST', `/bookings/${code}/cancel`, { secondFactor: factor });
        assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
        conforms(assert, '/bookings/{code}/cancel', 'post', cancelled);
        assert.equal(cancelled.body.status, 'cancelled');
      });

      it('refuses a factor of no kind at all as a field error', async () => {
        const { code } = await booked();
        const odd = await call(server.base, 'POST', '/bookings/lookup', { code, secondFactor: '17-08-1990' });
        assert.equal(odd.status, 422);
        assert.equal(odd.body.errors[0].field, 'secondFactor');
      });
    });
  }
}
