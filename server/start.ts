// `npm start`: opens (creating and seeding when missing) the database, starts the reference MPP API and the demo
// site, prints the address; on SIGTERM or SIGINT stops accepting, lets requests in flight finish, closes the
// database and exits 0. A port already in use is one line on stderr and exit code 2.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { makeClock } from '../src/rules/index.js';
import { createApp } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';
import { openCounters, type Counters } from './counters.js';
import { openStore } from './open.js';
import { FIRST_ADMIN_HINT } from './staff/add-account.js';
import { redactedUrl } from './store/postgres-open.js';
import { staffStoreOf } from './store/staff-open.js';
import { visitStoreOf } from './store/visits-open.js';
import { callLogOf } from './store/calls.js';
import { scheduleRetention } from './retention.js';
import { surveyStoreOf } from './store/survey-open.js';

/** Exit code when the server cannot start with its configuration (a port in use, a bad variable). */
const EXIT_CONFIG = 2;

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  console.error(`mpp server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(EXIT_CONFIG);
}
const clock = makeClock(config.utcOffsetMinutes);
const startedAt = Date.now();
const fakeNow = config.fakeNow;
const now = fakeNow === undefined ? Date.now : () => fakeNow + (Date.now() - startedAt);
let opened: Awaited<ReturnType<typeof openStore>>;
try {
  opened = await openStore(config, clock, now());
} catch (error) {
  const where = config.databaseUrl ? `PostgreSQL ${redactedUrl(config.databaseUrl)}` : config.dbPath;
  console.error(`mpp server: cannot open the database ${where}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const { store, hashNik, seeded } = opened;
let counters: Counters;
try {
  counters = await openCounters(config, store, now);
} catch (error) {
  console.error(`mpp server: cannot reach Redis at MPP_REDIS_URL: ${error instanceof Error ? error.message : error}`);
  await store.close();
  process.exit(1);
}

const staff = staffStoreOf(store);
const admins = await staff.countActive('mpp_admin');

// Personal data of past bookings erased after MPP_RETENTION_DAYS, now and every MPP_RETENTION_INTERVAL_MINUTES.
const stopRetention = scheduleRetention(
  {
    visits: visitStoreOf(store),
    staff,
    clock,
    days: config.retentionDays,
    calls: callLogOf(store),
    surveys: surveyStoreOf(store),
  },
  now,
  config.retentionIntervalMinutes,
);

let draining = false;
const app = await createApp({ store, staff, config, clock, hashNik, now, draining: () => draining, counters });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const address = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`;
  console.log(`mpp-widgets demo: ${address}/  (API: ${address}/api/v1, health: ${address}/healthz)`);
  const database = config.databaseUrl ? `PostgreSQL ${redactedUrl(config.databaseUrl)}` : config.dbPath;
  console.log(`database: ${database}${seeded ? ' (created and seeded)' : ''}; limits counted in ${counters.kind}`);
  if (fakeNow !== undefined) console.log(`clock: starts at ${clock.isoLocal(fakeNow)} (MPP_FAKE_NOW)`);
  if (admins === 0) console.log(FIRST_ADMIN_HINT);
}) as Server;

server.on('error', async (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `mpp server: port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT to another port.`,
    );
  } else {
    console.error(`mpp server: cannot listen on ${config.host}:${config.port}: ${error.message}`);
  }
  await counters.close();
  await store.close();
  process.exit(EXIT_CONFIG);
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  draining = true;
  stopRetention();
  console.log(`${signal}: closing (no new connections; finishing requests in flight)`);
  // Idle keep-alive connections would hold close() open; requests in flight keep theirs until answered.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
  await closed;
  clearTimeout(grace);
  await counters.close();
  await store.close();
  console.log('closed');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
