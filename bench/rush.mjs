#!/usr/bin/env node
// The 07.00 rush (issue 17, item 5): residents arrive over a minute to book the day that has just opened, against
// the real server started as its own process(es) — SQLite with one instance, PostgreSQL with one and with two (the
// load generator spreads residents over the two, as a reverse proxy would). Each resident reads availability,
// books a session with places left, and: some give up at once, some tap twice (the same Idempotency-Key again
// before the first answer), some retry another session once theirs is full, a few book a second time (a duplicate).
// Prints a table (bookings/s, latency percentiles, answers by kind, places sold against quota) and exits 1 when a
// target of the issue is missed that is not a matter of speed: a session over its quota, a 5xx, a replay answered
// differently, or a 201 without its stored booking (or the other way round).
//
// Limits stay on at their defaults: the server trusts 127.0.0.1 as its proxy (MPP_TRUSTED_PROXIES) and each
// resident sends its own X-Forwarded-For, so the per-address limits count per resident, as behind a real proxy.
//
// `npm run bench:rush` (builds the server first). Environment: RUSH_RESIDENTS (10000), RUSH_SECONDS (60),
// RUSH_CONFIGS (sqlite,postgres-1,postgres-2), RUSH_SERVICES (10 services rushed), RUSH_QUOTA (20 places per
// session), RUSH_PORT (first port, 7100; 0 picks free ones), RUSH_JSON=1 (one JSON line per configuration too),
// MPP_TEST_DATABASE_URL (the PostgreSQL to create a database on), MPP_REDIS_URL (count the limits in Redis).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const RESIDENTS = Number(process.env.RUSH_RESIDENTS || 10_000);
const SECONDS = Number(process.env.RUSH_SECONDS || 60);
const CONFIGS = (process.env.RUSH_CONFIGS || 'sqlite,postgres-1,postgres-2').split(',').map((s) => s.trim());
const SERVICES = Number(process.env.RUSH_SERVICES || 10);
const QUOTA = Number(process.env.RUSH_QUOTA || 20);
const FIRST_PORT = Number(process.env.RUSH_PORT ?? 7100);
const ADMIN_URL = process.env.MPP_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** Monday 07:00 WIB: with a 7-day window, the Monday a week on has just opened. */
const NOW = '2026-12-07T07:00:00+07:00';
const DAY = '2026-12-14';
const SESSIONS_PER_DAY = 5;

const root = new URL('..', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
const rushed = catalogue.services.filter((s) => s.bookable).slice(0, SERVICES);

/** A deterministic source of chance, so two configurations get the same residents. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid NIK per resident: Kepulauan Riau, born on day 1–28 of January 1985, serial 0001–9999. */
const nikOf = (i) =>
  `217201${String((i % 28) + 1).padStart(2, '0')}0185${String(Math.floor(i / 28) + 1).padStart(4, '0')}`;
const addressOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts `.build/server/start.js` with `env`; resolves once it listens. */
async function startServer(env, port) {
  const child = spawn(process.execPath, ['.build/server/start.js'], {
    cwd: new URL('.', root),
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      MPP_LOG: '0',
      MPP_FAKE_NOW: NOW,
      MPP_DEFAULT_QUOTA: String(QUOTA),
      MPP_TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('mpp-widgets demo:')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function json(res) {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/** One configuration's run: starts its servers, lets the residents loose, stops the servers and counts the places. */
async function runConfig(name, portBase) {
  const [engine, count = '1'] = name.split('-');
  const instances = Number(count);
  let databaseUrl;
  let dbPath;
  let admin;
  if (engine === 'postgres') {
    admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const db = `mpp_rush_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${db}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${db}`;
    databaseUrl = url.toString();
  } else {
    dbPath = join(mkdtempSync(join(tmpdir(), 'mpp-rush-')), 'mpp.sqlite');
  }
  const env = databaseUrl ? { MPP_DATABASE_URL: databaseUrl } : { MPP_DB_PATH: dbPath };
  const ports = [];
  for (let i = 0; i < instances; i++) ports.push(portBase ? portBase + i : await freePort());
  // The first instance migrates and seeds; the others start on the seeded database.
  const servers = [await startServer(env, ports[0])];
  servers.push(...(await Promise.all(ports.slice(1).map((p) => startServer(env, p)))));

  const stats = {
    availability: [],
    booking: [],
    kinds: new Map(),
    made: 0,
    gaveUp: 0,
    replays: 0,
    replayMismatch: 0,
    replaysLost: 0,
    server5xx: 0,
    firstAt: 0,
    lastMadeAt: 0,
  };
  const kind = (k) => stats.kinds.set(k, (stats.kinds.get(k) ?? 0) + 1);

  async function request(i, method, path, body, key) {
    const base = servers[i % servers.length].base;
    const started = performance.now();
    try {
      const res = await fetch(base + path, {
        method,
        headers: {
          'X-Forwarded-For': addressOf(i),
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...(key ? { 'Idempotency-Key': key } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const answer = { status: res.status, body: await json(res) };
      (method === 'GET' ? stats.availability : stats.booking).push(performance.now() - started);
      if (res.status >= 500) stats.server5xx++;
      return answer;
    } catch (error) {
      kind(`network: ${error.cause?.code ?? error.message}`);
      return { status: 0, body: {} };
    }
  }

  const sessionsWithPlaces = async (i, serviceId) => {
    const a = await request(i, 'GET', `/services/${serviceId}/availability?from=${DAY}&days=1`);
    if (a.status !== 200) {
      kind(`availability ${a.status}`);
      return [];
    }
    return (a.body.days?.[0]?.sessions ?? []).filter((s) => s.remaining > 0).map((s) => s.id);
  };

  /** Sends a booking; a network error or a 5xx is retried with the same key (twice at most). */
  async function book(i, body, key) {
    for (let attempt = 0; ; attempt++) {
      const answer = await request(i, 'POST', '/bookings', body, key);
      if ((answer.status === 0 || answer.status >= 500) && attempt < 2) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      return answer;
    }
  }

  async function resident(i) {
    const chance = random(i * 7919 + 1);
    // Demand is skewed: the first services (KTP, KK) draw most residents.
    const service = rushed[Math.min(rushed.length - 1, Math.floor(rushed.length * chance() ** 2))];
    const person = { serviceId: service.id, date: DAY, nik: nikOf(i), name: 'Warga Uji Coba', phone: '+6281200000000' };
    let open = await sessionsWithPlaces(i, service.id);
    if (chance() < 0.05) {
      stats.gaveUp++;
      return kind('gave up after reading');
    }
    for (let tries = 0; tries < 3; tries++) {
      if (!open.length) {
        stats.gaveUp++;
        return kind('gave up: sold out');
      }
      const body = { ...person, sessionId: open[Math.floor(chance() * open.length)] };
      const key = `rush-${i}-${tries}-${randomBytes(4).toString('hex')}`;
      const first = book(i, body, key);
      // A double tap: the same request with the same key before the first answer.
      const tap =
        chance() < 0.1 ? (async () => (await new Promise((r) => setTimeout(r, 50)), book(i, body, key)))() : null;
      const answer = await first;
      if (tap) {
        const again = await tap;
        stats.replays++;
        // Only two answers of the server can disagree: a tap lost to the network (0) or to the server's request
        // timeout (408) never reached the booking code.
        const final = (s) => s === 201 || s === 409 || s === 422;
        if (final(answer.status) && final(again.status)) {
          const same =
            again.status === answer.status && (answer.status !== 201 || again.body.code === answer.body.code);
          if (!same) {
            stats.replayMismatch++;
            kind(`double tap answered ${answer.status} then ${again.status}`);
          }
        } else stats.replaysLost++;
      }
      if (answer.status === 201) {
        stats.made++;
        stats.lastMadeAt = performance.now();
        kind('201 made');
        if (chance() < 0.01) {
          // Books again with a new key (another tab): the same person, service and day.
          const dup = await book(i, { ...body }, `${key}-again`);
          kind(`${dup.status} ${dup.body.code ?? ''} (second booking)`.trim());
        }
        return;
      }
      kind(`${answer.status} ${answer.body.code ?? ''}`.trim());
      if (answer.status !== 409 || answer.body.code !== 'session_full' || chance() < 0.4) {
        stats.gaveUp++;
        return;
      }
      open = await sessionsWithPlaces(i, service.id);
    }
    stats.gaveUp++;
    kind('gave up after 3 tries');
  }

  // Warm-up, not measured: one availability read per service and instance.
  for (let s = 0; s < servers.length; s++)
    for (const service of rushed)
      await fetch(`${servers[s].base}/services/${service.id}/availability?from=${DAY}&days=1`);

  const load = loadavg()[0];
  const cpuBefore = process.cpuUsage();
  const chance = random(42);
  const arrivals = Array.from({ length: RESIDENTS }, () => chance() * SECONDS * 1000).sort((a, b) => a - b);
  stats.firstAt = performance.now();
  const done = [];
  await new Promise((resolve) => {
    let next = 0;
    const tick = () => {
      const elapsed = performance.now() - stats.firstAt;
      while (next < RESIDENTS && arrivals[next] <= elapsed) done.push(resident(next++));
      if (next < RESIDENTS) setTimeout(tick, 5);
      else resolve();
    };
    tick();
  });
  await Promise.all(done);
  const wall = (performance.now() - stats.firstAt) / 1000;
  const generatorCpu = process.cpuUsage(cpuBefore);
  // Where the time went, from the servers' own /metrics (loopback): their CPU, and how long a booking took inside
  // the server (from the first middleware to the answer) as against what the resident waited.
  const inside = { cpu: 0, count: 0, sum: 0, under: new Map() };
  for (const s of servers) {
    const text = await (await fetch(s.base.replace(/\/api\/v1$/, '/metrics'))).text();
    for (const row of text.split('\n')) {
      const value = Number(row.slice(row.lastIndexOf(' ') + 1));
      if (row.startsWith('mpp_process_process_cpu_seconds_total ')) inside.cpu += value;
      if (!row.includes('method="POST",route="/api/v1/bookings"')) continue;
      if (row.startsWith('mpp_http_request_duration_seconds_count')) inside.count += value;
      if (row.startsWith('mpp_http_request_duration_seconds_sum')) inside.sum += value;
      const le = /le="([^"]+)"/.exec(row)?.[1];
      if (le && row.startsWith('mpp_http_request_duration_seconds_bucket'))
        inside.under.set(le, (inside.under.get(le) ?? 0) + value);
    }
  }
  for (const s of servers) await s.stop();

  // Places sold, straight from the database.
  const soldSql = `SELECT service_id, session_id, COUNT(*) AS n FROM bookings WHERE date = '${DAY}'
    AND status IN ('booked', 'checked_in', 'serving', 'done') GROUP BY service_id, session_id`;
  let rows;
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    rows = (await client.query(soldSql)).rows.map((r) => ({ ...r, n: Number(r.n) }));
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  } else {
    const db = new Database(dbPath, { readonly: true });
    rows = db.prepare(soldSql).all();
    db.close();
    rmSync(join(dbPath, '..'), { recursive: true, force: true });
  }
  const sold = rows.reduce((sum, r) => sum + r.n, 0);
  const oversold = rows.filter((r) => r.n > QUOTA).length;
  return {
    name,
    instances,
    wall,
    load,
    loadAfter: loadavg()[0],
    stats,
    sold,
    oversold,
    quota: rushed.length * SESSIONS_PER_DAY * QUOTA,
    generatorCpu: (generatorCpu.user + generatorCpu.system) / 1e6,
    inside,
  };
}

const pct = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : String(Math.round(v)));

console.log(
  `The rush: ${RESIDENTS} residents over ${SECONDS} s for ${DAY} (just opened), ${rushed.length} services × ` +
    `${SESSIONS_PER_DAY} sessions × ${QUOTA} places; limits on, per resident address (trusted proxy 127.0.0.1).`,
);
const results = [];
let portBase = FIRST_PORT;
for (const name of CONFIGS) {
  results.push(await runConfig(name, portBase));
  if (portBase) portBase += 10;
}

const header = [
  'configuration',
  'bookings/s',
  'made',
  'booking p50/p95/p99 ms',
  'availability p50/p95/p99 ms',
  'sold / quota',
  'oversold',
  '5xx',
  'load',
];
const table = results.map((r) => {
  const b = r.stats.booking;
  const a = r.stats.availability;
  return [
    `${r.name.startsWith('sqlite') ? 'SQLite' : 'PostgreSQL'}, ${r.instances} instance${r.instances > 1 ? 's' : ''}`,
    (b.length / r.wall).toFixed(0),
    String(r.stats.made),
    `${ms(pct(b, 50))} / ${ms(pct(b, 95))} / ${ms(pct(b, 99))}`,
    `${ms(pct(a, 50))} / ${ms(pct(a, 95))} / ${ms(pct(a, 99))}`,
    `${r.sold} / ${r.quota}`,
    String(r.oversold),
    String(r.stats.server5xx),
    r.load.toFixed(1),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(line(header));
for (const row of table) console.log(line(row));
console.log(
  'bookings/s: booking requests answered per second over the run (made and refused); made: 201s; load: the ' +
    "1-minute load average when the residents were let loose (this machine's cores: busy at load = cores).",
);
for (const r of results) {
  const kinds = [...r.stats.kinds].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`);
  const soldOutIn = r.stats.lastMadeAt ? ((r.stats.lastMadeAt - r.stats.firstAt) / 1000).toFixed(1) : '–';
  console.log(
    `${r.name}: ${r.wall.toFixed(1)} s; last place sold at ${soldOutIn} s; answers by kind: ${kinds.join(', ')}; ` +
      `double taps ${r.stats.replays} (one of the two lost: ${r.stats.replaysLost}; both answered, differently: ` +
      `${r.stats.replayMismatch}); 201s lost on the way (sold, never told): ${r.sold - r.stats.made}.`,
  );
  const { inside } = r;
  const share = (le) => ((100 * (inside.under.get(le) ?? 0)) / (inside.count || 1)).toFixed(1);
  console.log(
    `  where the time went: server CPU ${inside.cpu.toFixed(1)} s (all its instances, start-up included), load ` +
      `generator CPU ${r.generatorCpu.toFixed(1)} s, in ${r.wall.toFixed(1)} s of wall time on ${cpus().length} cores ` +
      `(load average ${r.load.toFixed(1)} → ${r.loadAfter.toFixed(1)}); inside the server a booking took ` +
      `${((1000 * inside.sum) / (inside.count || 1)).toFixed(0)} ms on average, ${share('0.1')}% under 100 ms, ` +
      `${share('1')}% under 1 s (against p50 ${ms(pct(r.stats.booking, 50))} ms as the resident waited).`,
  );
  if (process.env.RUSH_JSON === '1')
    console.log(
      `RESULT ${JSON.stringify({
        name: r.name,
        made: r.stats.made,
        sold: r.sold,
        quota: r.quota,
        oversold: r.oversold,
        server5xx: r.stats.server5xx,
        replayMismatch: r.stats.replayMismatch,
        replays: r.stats.replays,
        p99: pct(r.stats.booking, 99),
        kinds: Object.fromEntries(r.stats.kinds),
      })}`,
    );
}
// Every 201 is one stored booking and every stored booking had its 201 (a double tap is one booking).
const missed = results.filter(
  (r) => r.oversold || r.stats.server5xx || r.stats.replayMismatch || r.stats.made !== r.sold,
);
const unsold = results.filter((r) => r.sold !== r.quota);
if (unsold.length) console.log(`not exactly the quota sold in: ${unsold.map((r) => r.name).join(', ')}`);
const slow = results.filter((r) => pct(r.stats.booking, 99) >= 1000);
if (slow.length) console.log(`p99 ≥ 1 s in: ${slow.map((r) => r.name).join(', ')} (see bench/RESULTS.md for why)`);
if (missed.length) {
  console.log(`targets missed (oversold, 5xx, replay or places lost) in: ${missed.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
