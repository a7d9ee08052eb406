#!/usr/bin/env node
// `npm start`: opens (creating and seeding when missing) the SQLite database, starts the reference MPP API and the
// demo site, prints the address, and closes the database cleanly on Ctrl-C.
import { serve } from '@hono/node-server';
import { createApp } from './app.mjs';
import { loadConfig } from './config.mjs';
import { loadCatalogue, nikHasher, openDatabase, seed } from './db.mjs';
import { makeClock } from './time.mjs';

const config = loadConfig();
const clock = makeClock(config.utcOffsetMinutes);
const startedAt = Date.now();
const now = config.fakeNow === undefined ? Date.now : () => config.fakeNow + (Date.now() - startedAt);
const db = openDatabase(config.dbPath);
const hashNik = nikHasher(db, process.env.MPP_NIK_KEY);
const seeded = seed(db, {
  catalogue: loadCatalogue(),
  defaultQuota: config.defaultQuota,
  hashNik,
  clock,
  now: now(),
});

const app = createApp({ db, config, clock, hashNik, now });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const address = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`;
  console.log(`mpp-widgets demo: ${address}/  (API: ${address}/api/v1)`);
  console.log(`database: ${config.dbPath}${seeded ? ' (created and seeded)' : ''}`);
  if (config.fakeNow !== undefined) console.log(`clock: starts at ${clock.isoLocal(config.fakeNow)} (MPP_FAKE_NOW)`);
  if (config.operatorTokenGenerated)
    console.log(`operator token (set MPP_OPERATOR_TOKEN to choose one): ${config.operatorToken}`);
});

let closing = false;
function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: closing`);
  server.close(() => {
    db.close();
    process.exit(0);
  });
  // Keep-alive connections could hold the server open; the database is what must close cleanly.
  setTimeout(() => {
    db.close();
    process.exit(0);
  }, 2000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
