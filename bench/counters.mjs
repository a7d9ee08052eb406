// How long one hit of the limits' counters takes where they can live: this process's memory, PostgreSQL (the table
// limit_counters, through the store's pool) and Redis. N hits one after another (the latency a request adds), then
// N hits 50 at a time (what several requests in flight get). Needs `npm run build:server`; PostgreSQL and Redis
// where the tests look for them (MPP_TEST_DATABASE_URL, MPP_TEST_REDIS_URL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MemoryCounters } from '../.build/server/counters.js';
import { PostgresCounters } from '../.build/server/counters-postgres.js';
import { RedisCounters } from '../.build/server/counters-redis.js';
import { openPostgresStore } from '../.build/server/store/postgres.js';

const N = Number(process.env.BENCH_HITS || 5000);
const admin = process.env.MPP_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.MPP_TEST_REDIS_URL || 'redis://127.0.0.1:6379';

async function time(counters) {
  // Keys as the limits make them: a few hundred clients, each hit on its own key's window.
  const key = (i) => `rate:bench:10.0.${(i >> 8) & 255}.${i & 255}`;
  for (let i = 0; i < 200; i++) await counters.hit(key(i), 60_000); // warm-up
  let t = performance.now();
  for (let i = 0; i < N; i++) await counters.hit(key(i), 60_000);
  const serial = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i += 50)
    await Promise.all(Array.from({ length: 50 }, (_, j) => counters.hit(key(i + j), 60_000)));
  const concurrent = N / ((performance.now() - t) / 1000);
  return { serial, concurrent };
}

const name = `mpp_bench_${randomBytes(6).toString('hex')}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE ${name}`);
const url = new URL(admin);
url.pathname = `/${name}`;
const store = await openPostgresStore(url.toString());
const redis = await RedisCounters.open(redisUrl, `mpp-bench-${name}:`);
const rows = [];
try {
  for (const [where, counters] of [
    ['memory (one process)', new MemoryCounters()],
    ['PostgreSQL (pool of 10)', new PostgresCounters(store.pool)],
    ['Redis (one connection)', redis],
  ]) {
    const { serial, concurrent } = await time(counters);
    rows.push(
      `${where.padEnd(26)} ${serial.toFixed(3).padStart(10)} ms   ${Math.round(concurrent).toString().padStart(9)}/s`,
    );
  }
} finally {
  await redis.close();
  await store.close();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}
console.log(`${N} hits per place; one at a time: mean latency; 50 in flight: hits per second.`);
console.log(`${'counters'.padEnd(26)} ${'one at a time'.padStart(13)}   ${'50 in flight'.padStart(11)}`);
for (const row of rows) console.log(row);
