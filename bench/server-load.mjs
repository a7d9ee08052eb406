#!/usr/bin/env node
// The reference server under load on loopback: catalogue reads, availability reads and bookings per second with
// latency percentiles (autocannon), then a check straight in the database that no session holds more bookings
// than its quota. The server runs in its own process, as in production; figures are compared with
// bench/baseline.json. A measurement, not a test: nothing here fails the build.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 32;
const WARM_UP_S = 2;
const QUOTA = 40;
const root = new URL('..', import.meta.url);
const baseline = JSON.parse(readFileSync(new URL('bench/baseline.json', root), 'utf8')).server ?? {};
const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const p = probe.address().port;
    probe.close(() => resolve(p));
  });
});
const dbPath = join(mkdtempSync(join(tmpdir(), 'mpp-bench-')), 'mpp.sqlite');
// BENCH_PROF=DIR writes the server's CPU profile there (open it in Chrome's DevTools).
const profile = process.env.BENCH_PROF ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
const server = spawn(process.execPath, [...profile, '.build/server/start.js'], {
  cwd: new URL('.', root),
  env: {
    ...process.env,
    PORT: String(port),
    MPP_DB_PATH: dbPath,
    MPP_LOG: '0',
    MPP_RATE_LIMIT_LOOKUP: '0',
    MPP_RATE_LIMIT_BOOKING: '0',
    MPP_DEFAULT_QUOTA: String(QUOTA),
    // A Monday at 07:00 WIB: every session of the week ahead can be booked.
    MPP_FAKE_NOW: '2026-12-07T07:00:00+07:00',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('mpp-widgets demo:') && resolve()));
const base = `http://127.0.0.1:${port}/api/v1`;

// Promise form: autocannon runs its warm-up only there. The warm-up is not sampled: the figures are of a warm
// server (JIT-compiled routes, SQLite's page cache), not of its first second.
const run = (opts) =>
  autocannon({
    connections: CONNECTIONS,
    duration: DURATION_S,
    warmup: { connections: CONNECTIONS, duration: WARM_UP_S },
    ...opts,
  });

const bookable = catalogue.services.filter((s) => s.bookable).map((s) => s.id);
const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14'];
const sessions = ['s0800', 's0900', 's1000', 's1300', 's1400'];
let serial = 0;

const scenarios = {
  catalogue: { url: `${base}/services` },
  availability: { url: `${base}/services/${bookable[0]}/availability` },
  bookings: {
    url: `${base}/bookings`,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const n = serial++;
          // Every request is another resident (a valid NIK with its own serial) booking a random place.
          const nik = `21720101018${String(5 + Math.floor(n / 9999)).padStart(1, '0')}${String((n % 9999) + 1).padStart(4, '0')}`;
          const date = days[Math.floor(n / sessions.length) % days.length];
          // Friday has no 13.00 session (prayer break): ask for 14.00 instead.
          const sessionId =
            date === '2026-12-11' && n % sessions.length === 3 ? 's1400' : sessions[n % sessions.length];
          const serviceId = bookable[Math.floor(n / 30) % bookable.length];
          return {
            ...req,
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${n}-${Date.now()}` },
            body: JSON.stringify({ serviceId, date, sessionId, nik, name: 'Warga Uji', phone: '+6281200000000' }),
          };
        },
      },
    ],
  },
};

const results = {};
// BENCH_SCENARIOS=bookings runs only the named scenarios (comma-separated).
const only = process.env.BENCH_SCENARIOS?.split(',');
for (const [name, opts] of Object.entries(scenarios)) {
  if (only && !only.includes(name)) continue;
  const r = await run(opts);
  results[name] = {
    rps: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    ok: r['2xx'],
    other: r.non2xx,
    errors: r.errors,
  };
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));

const db = new Database(dbPath, { readonly: true });
const worst = db
  .prepare(
    `SELECT service_id, date, session_id, COUNT(*) AS n FROM bookings WHERE status IN ('booked','checked_in','serving','done')
            GROUP BY service_id, date, session_id ORDER BY n DESC LIMIT 1`,
  )
  .get();
const total = db.prepare('SELECT COUNT(*) AS n FROM bookings').get().n;
db.close();

console.log(`Reference server on loopback, ${CONNECTIONS} connections, ${DURATION_S} s each (requests/s; latency ms)`);
console.log('scenario      req/s    p50   p90   p99   2xx      other  baseline req/s  change');
for (const [name, r] of Object.entries(results)) {
  const b = baseline[name]?.rps;
  const change = b ? `${(((r.rps - b) / b) * 100).toFixed(0)}%` : '—';
  console.log(
    `${name.padEnd(13)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(5)} ${String(r.p90).padStart(5)} ${String(r.p99).padStart(5)}   ${String(r.ok).padEnd(8)} ${String(r.other).padEnd(6)} ${String(b ?? '—').padStart(14)}  ${change}`,
  );
}
console.log(
  `Bookings stored: ${total}; fullest session: ${worst?.n ?? 0} of ${QUOTA} places — ${(worst?.n ?? 0) <= QUOTA ? 'no quota exceeded' : 'QUOTA EXCEEDED'}.`,
);
const b = results.bookings;
if (!b) console.log('Bookings were not run (BENCH_SCENARIOS): no verdict on the booking target.');
else if (!b.ok) console.log('No booking succeeded: the figures above measure refusals, not bookings.');
if (b) {
  console.log(
    `Target: ≥ 1,000 bookings/s with p99 < 50 ms — ${b.rps >= 1000 && b.p99 < 50 ? 'meets' : 'MISSES'} (${b.rps.toFixed(0)}/s, p99 ${b.p99} ms).`,
  );
}
