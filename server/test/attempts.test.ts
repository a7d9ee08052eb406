// The cap on failed second factors per booking code (and per application number): a guesser with many addresses
// gets 5 tries per code per window, then 429 with Retry-After — answered the same for a code that does not exist —
// on every place the counts can live: this process's memory (SQLite), PostgreSQL, and Redis.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, MONDAY_0800, nik, startServer, type Answer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { REDIS, redisEnv } from './redis.js';

const SETUPS = [
  ...ENGINES.map((engine) => ({ name: engine, engine, env: {} as Record<string, string> })),
  ...(REDIS ? [{ name: 'sqlite + redis', engine: 'sqlite' as const, env: redisEnv() }] : []),
];

/** Everything a client sees of an answer but the parts that differ per request anyway. */
const seen = (a: Answer) => ({
  status: a.status,
  body: a.body,
  retryAfter: a.headers.get('Retry-After') !== null,
  type: a.headers.get('Content-Type'),
});

for (const setup of SETUPS) {
  describe(`second-factor attempt cap (${setup.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ engine: setup.engine, env: setup.env });
    });
    after(() => server.close());

    const lookup = (code: string, nikLast4: string) =>
      call(server.base, 'POST', '/bookings/lookup', { code, nikLast4 });

    it('counts in the expected place', () => {
      assert.equal(
        server.counters.kind,
        setup.name.endsWith('redis') ? 'redis' : setup.engine === 'postgres' ? 'postgres' : 'memory',
      );
    });

    it('5 wrong factors on a code, then 429 with Retry-After even for the right digits; cancel is refused too', async () => {
      const made = await book(server.base, booking({ nik: nik(4101), date: '2026-12-08' }));
      assert.equal(made.status, 201);
      for (let i = 0; i < 5; i++) assert.equal((await lookup(made.body.code, String(1000 + i))).status, 404);
      const limited = await lookup(made.body.code, '4101');
      assert.equal(limited.status, 429);
      assert.equal(limited.body.code, 'rate_limited');
      const wait = Number(limited.headers.get('Retry-After'));
      assert.ok(wait > 0 && wait <= 15 * 60, `Retry-After ${wait}`);
      const cancel = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, { nikLast4: '4101' });
      assert.equal(cancel.status, 429);
      // Another code is not affected.
      const other = await book(server.base, booking({ nik: nik(4102), date: '2026-12-08' }));
      assert.equal((await lookup(other.body.code, '4102')).status, 200);
    });

    it('a code that does not exist answers exactly as one that does: 404 five times, then the same 429', async () => {
      const made = await book(server.base, booking({ nik: nik(4201), date: '2026-12-08' }));
      const unknown = made.body.code.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
      const known: Answer[] = [];
      const missing: Answer[] = [];
      for (let i = 0; i < 6; i++) {
        known.push(await lookup(made.body.code, '0000'));
        missing.push(await lookup(unknown, '0000'));
      }
      assert.deepEqual(known.map(seen), missing.map(seen));
      assert.deepEqual(
        known.map((a) => a.status),
        [404, 404, 404, 404, 404, 429],
      );
    });

    it('a right answer does not count against the code', async () => {
      const made = await book(server.base, booking({ nik: nik(4301), date: '2026-12-08' }));
      for (let i = 0; i < 4; i++) assert.equal((await lookup(made.body.code, '9999')).status, 404);
      // Were the owner's look-ups counted, the second would already be refused.
      for (let i = 0; i < 3; i++) assert.equal((await lookup(made.body.code, '4301')).status, 200);
      assert.equal((await lookup(made.body.code, '9999')).status, 404);
      assert.equal((await lookup(made.body.code, '4301')).status, 429);
    });

    it('20 guesses at once get at most 5 checks', async () => {
      const made = await book(server.base, booking({ nik: nik(4401), date: '2026-12-08' }));
      const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => lookup(made.body.code, String(5000 + i))));
      assert.equal(guesses.filter((g) => g.status === 404).length, 5);
      assert.equal(guesses.filter((g) => g.status === 429).length, 15);
    });

    it('caps application look-ups by number the same way', async () => {
      const attempt = (verifier: string) =>
        call(server.base, 'POST', '/applications/lookup', { number: 'PMH-2026-000123', verifier });
      for (let i = 0; i < 5; i++) assert.equal((await attempt('1111')).status, 404);
      assert.equal((await attempt('0003')).status, 429);
    });

    if (setup.name !== 'sqlite + redis')
      // Redis ends a window on its own clock, which the test cannot move.
      it('lets the owner in again once the window has passed', async () => {
        const made = await book(server.base, booking({ nik: nik(4501), date: '2026-12-08' }));
        for (let i = 0; i < 5; i++) await lookup(made.body.code, '0000');
        assert.equal((await lookup(made.body.code, '4501')).status, 429);
        server.setNow(MONDAY_0800 + 16 * 60_000);
        try {
          assert.equal((await lookup(made.body.code, '4501')).status, 200);
        } finally {
          server.setNow(MONDAY_0800);
        }
      });
  });
}

describe('per-address limits behind a reverse proxy', () => {
  const lookupFrom = (server: TestServer, forwardedFor: string) =>
    call(
      server.base,
      'POST',
      '/bookings/lookup',
      { code: 'RSV-ZZZZZZZZ', nikLast4: '0000' },
      {
        'X-Forwarded-For': forwardedFor,
      },
    );

  it('counts each forwarded client on its own when the proxy is trusted (MPP_TRUSTED_PROXIES)', async () => {
    const server = await startServer({
      env: { MPP_RATE_LIMIT_LOOKUP: '2', MPP_SECOND_FACTOR_ATTEMPTS: '0', MPP_TRUSTED_PROXIES: '127.0.0.1' },
    });
    try {
      for (let i = 0; i < 2; i++) assert.equal((await lookupFrom(server, '203.0.113.7')).status, 404);
      assert.equal((await lookupFrom(server, '203.0.113.7')).status, 429);
      // Another resident behind the same proxy, and one whose own address list was forged on the left.
      assert.equal((await lookupFrom(server, '198.51.100.20')).status, 404);
      assert.equal((await lookupFrom(server, '203.0.113.7, 198.51.100.21')).status, 404);
    } finally {
      await server.close();
    }
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    const server = await startServer({ env: { MPP_RATE_LIMIT_LOOKUP: '2', MPP_SECOND_FACTOR_ATTEMPTS: '0' } });
    try {
      for (let i = 0; i < 2; i++) assert.equal((await lookupFrom(server, `203.0.113.${i}`)).status, 404);
      assert.equal((await lookupFrom(server, '203.0.113.99')).status, 429);
    } finally {
      await server.close();
    }
  });
});
