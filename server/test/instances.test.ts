// Two server processes on one PostgreSQL database behave as one: started together on an empty database (one
// migrates and seeds, the other waits), they never sell more than the quota between them, and an Idempotency-Key
// is honoured whichever instance answers the retry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { book, booking, call, KTP, nik, type Answer } from './helpers.js';
import { ENGINES, freshDatabase } from './postgres.js';
import { spawnServer, type ServerProcess } from './process.js';
import { REDIS, redisEnv } from './redis.js';

/**
 * The second-factor cap is one count whichever instance is asked: 3 wrong digits on one and 2 on the other, then
 * 429 on both, even for the right digits; a code that does not exist is answered the same, answer for answer.
 */
async function capHoldsAcross(bases: string[], serial: number) {
  const lookup = (i: number, code: string, nikLast4: string) =>
    call(bases[i % bases.length]!, 'POST', '/bookings/lookup', { code, nikLast4 });
  const made = await book(bases[0]!, booking({ nik: nik(serial), date: '2026-12-11', sessionId: 's1000' }));
  assert.equal(made.status, 201);
  const unknown = made.body.code.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
  const last4 = String(serial).padStart(4, '0');
  for (const code of [made.body.code, unknown]) {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await lookup(i, code, '0000'));
    assert.deepEqual(
      answers.map((a) => a.status),
      [404, 404, 404, 404, 404],
    );
    for (const i of [0, 1]) {
      const limited = await lookup(i, code, last4);
      assert.equal(limited.status, 429, `instance ${i}`);
      assert.ok(Number(limited.headers.get('Retry-After')) > 0);
    }
  }
}

if (ENGINES.includes('postgres')) {
  describe('two instances on one PostgreSQL database', () => {
    let databaseUrl: string;
    let instances: ServerProcess[];
    const base = (i: number) => `${instances[i % instances.length]!.origin}/api/v1`;
    const rows = async (sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    };

    before(async () => {
      databaseUrl = await freshDatabase();
      instances = await Promise.all([
        spawnServer({ MPP_DATABASE_URL: databaseUrl }),
        spawnServer({ MPP_DATABASE_URL: databaseUrl }),
      ]);
      for (const instance of instances) {
        const ready = await fetch(`${instance.origin}/readyz`);
        assert.equal(ready.status, 200, instance.output());
      }
    });

    after(async () => {
      for (const instance of instances ?? []) {
        instance.child.kill('SIGTERM');
        await instance.exited;
      }
    });

    it('were seeded once between them, and share the NIK key', async () => {
      const [services] = await rows('SELECT COUNT(*)::int AS n FROM services');
      assert.equal(services.n, 67);
      const [a, b] = await Promise.all([call(base(0), 'GET', '/services'), call(base(1), 'GET', '/services')]);
      assert.equal(a.body.total, 67);
      assert.deepEqual(a.body, b.body);
      // A booking made on one instance is found on the other by its code and the NIK's last 4 digits.
      const made = await book(base(0), booking({ nik: nik(7001), date: '2026-12-08', sessionId: 's0800' }));
      assert.equal(made.status, 201);
      const found = await call(base(1), 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '7001' });
      assert.equal(found.status, 200);
      assert.equal(found.body.code, made.body.code);
      // The person is the same on both: a second booking that day on the other instance is a duplicate.
      const again = await book(base(1), booking({ nik: nik(7001), date: '2026-12-08', sessionId: 's0900' }));
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'duplicate_booking');
    });

    it('400 simultaneous bookings for 10 places, spread over both, make exactly 10; every other answer is a clean 409', async () => {
      const results: Answer[] = await Promise.all(
        Array.from({ length: 400 }, (_, i) =>
          book(
            base(i),
            booking({ nik: nik(3000 + i), date: '2026-12-09', sessionId: 's0900' }),
            `two-instances-race-${i}`,
          ),
        ),
      );
      const made = results.filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status === 409);
      assert.equal(made.length, 10);
      assert.equal(refused.length, 390);
      for (const r of refused) {
        assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.equal(r.body.code, 'session_full');
        assert.equal(r.body.status, 409);
      }
      assert.equal(new Set(made.map((r) => r.body.code)).size, 10);
      const [stored] = await rows(
        `SELECT COUNT(*)::int AS n FROM bookings WHERE date = '2026-12-09' AND session_id = 's0900'`,
      );
      assert.equal(stored.n, 10);
      // Both instances show the session full.
      for (const i of [0, 1]) {
        const availability = await call(base(i), 'GET', `/services/${KTP}/availability?from=2026-12-09&days=1`);
        const session = availability.body.days[0].sessions.find((s: { id: string }) => s.id === 's0900');
        assert.equal(session.remaining, 0);
      }
    });

    it('answers the same key with the same booking whichever instance gets the retry, even at the same moment', async () => {
      const body = booking({ nik: nik(7101), date: '2026-12-10', sessionId: 's1000' });
      const [first, second] = await Promise.all([
        book(base(0), body, 'across-instances-key-1'),
        book(base(1), body, 'across-instances-key-1'),
      ]);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.body.code, first.body.code);
      const retried = await book(base(1), body, 'across-instances-key-1');
      assert.equal(retried.status, 201);
      assert.equal(retried.body.code, first.body.code);
      const [stored] = await rows('SELECT COUNT(*)::int AS n FROM bookings WHERE nik_last4 = $1', ['7101']);
      assert.equal(stored.n, 1);
      const reused = await book(base(0), booking({ nik: nik(7102), date: '2026-12-10' }), 'across-instances-key-1');
      assert.equal(reused.status, 409);
      assert.equal(reused.body.code, 'idempotency_key_reused');
    });

    it('share the second-factor cap in PostgreSQL', async () => {
      assert.match(await instances[0]!.line(/limits counted in/), /limits counted in postgres$/);
      await capHoldsAcross([base(0), base(1)], 7201);
    });

    if (REDIS)
      it('share the second-factor cap in Redis when MPP_REDIS_URL is set', async () => {
        const env = { MPP_DATABASE_URL: databaseUrl, ...redisEnv() };
        const pair = await Promise.all([spawnServer(env), spawnServer(env)]);
        try {
          assert.match(await pair[0]!.line(/limits counted in/), /limits counted in redis$/);
          await capHoldsAcross(
            pair.map((p) => `${p.origin}/api/v1`),
            7202,
          );
          // The counts are in Redis, not in PostgreSQL.
          const [counted] = await rows('SELECT COUNT(*)::int AS n FROM limit_counters');
          const before = counted.n;
          const wrong = await call(`${pair[0]!.origin}/api/v1`, 'POST', '/bookings/lookup', {
            code: 'RSV-ZZZZZZZZ',
            nikLast4: '0000',
          });
          assert.equal(wrong.status, 404);
          const [after] = await rows('SELECT COUNT(*)::int AS n FROM limit_counters');
          assert.equal(after.n, before);
        } finally {
          for (const p of pair) {
            p.child.kill('SIGTERM');
            await p.exited;
          }
        }
      });
  });
}
