// The conformance kit against the reference server, as `npm start` seeds it: every check passes, on SQLite and,
// when it answers, on PostgreSQL (server/test/postgres-check prints whether it does). The operator checks run with
// an officer API key; none is skipped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, freshDatabase } from '../../.build/server/test/postgres.js';
import { freePort } from '../kit/server.mjs';
import { kitArgs, runKit, startReference } from './support.mjs';

for (const engine of ENGINES) {
  describe(`mpp-conformance against the reference server on ${engine}`, () => {
    let server;
    before(async () => {
      server = await startReference(engine === 'postgres' ? { databaseUrl: await freshDatabase() } : {});
    });
    after(() => server?.stop());

    it('passes every check, skips none, and exits 0', async () => {
      const run = await runKit(server.api, kitArgs(0), server.credentials);
      assert.deepEqual(run.failed, [], run.stdout);
      const skipped = [...run.lines].filter(([, l]) => l.status === 'SKIP').map(([id]) => id);
      assert.deepEqual(skipped, [], run.stdout);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      // The table covers every public operation of the contract and the operator ones the key may use.
      for (const id of [
        'booking.race',
        'booking.idempotent-retry',
        'booking.idempotency-key-missing',
        'booking.field-errors',
        'booking.name-characters',
        'calendar.availability-422',
        'lookup.uniform',
        'lookup.second-factor',
        'cors.refused',
        'limits.retry-after',
        'satisfaction.published',
        'satisfaction.cache',
        'calendar.days-full',
        'calendar.days-opening',
        'language.english',
        'language.fallback',
        'language.booking',
      ])
        assert.equal(run.lines.get(id)?.status, 'PASS', `${id} missing from the table`);
      assert.match(run.stdout, /^\d+ passed, 0 failed, 0 skipped \(MPP API /m);
    });

    it('passes again on the same server: a second run books around the first one', async () => {
      const run = await runKit(server.api, kitArgs(1), server.credentials);
      assert.deepEqual(run.failed, [], run.stdout);
      assert.equal(run.code, 0);
    });
  });
}

describe('mpp-conformance as a command', () => {
  it('refuses a missing base URL with its usage and exit code 2', async () => {
    const run = await runKit('not a url');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /"not a url" is not a URL/);
    assert.match(run.stderr, /Usage: mpp-conformance <base-url>/);
  });

  it('fails with a clear line when nothing answers at the base URL', async () => {
    // A port nobody listens on (taken free a moment ago).
    const run = await runKit(`http://127.0.0.1:${await freePort()}/api/v1`, ['--only', 'catalogue.agencies']);
    assert.equal(run.code, 1);
    assert.match(
      run.lines.get('catalogue.agencies').text,
      /^FAIL {2}catalogue\.agencies .*GET \/api\/v1\/agencies: ECONNREFUSED/,
    );
  });
});
