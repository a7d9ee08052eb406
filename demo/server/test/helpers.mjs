// Starts the real server (real HTTP on a loopback port, a real SQLite file) with a clock the test moves.
import { serve } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.mjs';
import { loadConfig } from '../config.mjs';
import { loadCatalogue, nikHasher, openDatabase, seed } from '../db.mjs';
import { makeClock } from '../time.mjs';
import { checkResponse } from '../contract.mjs';

export const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
export const NOT_BOOKABLE = 'disdukcapil-konsultasi-dan-perbaikan-data-kependudukan';
/** Monday 7 December 2026, 08:00 WIB. */
export const MONDAY_0800 = Date.parse('2026-12-07T08:00:00+07:00');
export const OPERATOR_TOKEN = 'test-operator-token';

/** A valid NIK (Kepulauan Riau, born 1 Jan 1985) with a chosen serial. */
export const nik = (serial = 3) => `217201010185${String(serial).padStart(4, '0')}`;

export function booking(overrides = {}) {
  return {
    serviceId: KTP,
    date: '2026-12-07',
    sessionId: 's1000',
    nik: nik(),
    name: 'Siti Aminah',
    phone: '+6281234567890',
    ...overrides,
  };
}

export async function startServer({ now = MONDAY_0800, env = {}, dbPath } = {}) {
  const path = dbPath ?? join(mkdtempSync(join(tmpdir(), 'mpp-test-')), 'mpp.sqlite');
  const config = loadConfig({
    PORT: '0',
    MPP_LOG: '0',
    MPP_OPERATOR_TOKEN: OPERATOR_TOKEN,
    MPP_RATE_LIMIT_LOOKUP: '0',
    MPP_RATE_LIMIT_BOOKING: '0',
    ...env,
  });
  const clock = makeClock(config.utcOffsetMinutes);
  const db = openDatabase(path);
  const hashNik = nikHasher(db, undefined);
  const state = { now };
  seed(db, { catalogue: loadCatalogue(), defaultQuota: config.defaultQuota, hashNik, clock, now });
  const app = createApp({ db, config, clock, hashNik, now: () => state.now });
  const server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${server.address().port}/api/v1`;
  return {
    base,
    db,
    config,
    hashNik,
    path,
    setNow: (t) => (state.now = t),
    async close() {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
      db.close();
    },
  };
}

/** A JSON request; answers status, headers and the parsed body. */
export async function call(base, method, path, body, headers = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, body: json };
}

export const book = (base, body = booking(), key = `key-${Math.random().toString(36).slice(2)}`) =>
  call(base, 'POST', '/bookings', body, { 'Idempotency-Key': key });

/** Fails the test when a response breaks the contract. */
export function conforms(assert, path, method, response) {
  const errors = checkResponse(path, method, response.status, response.body);
  assert.equal(
    errors,
    null,
    `${method.toUpperCase()} ${path} ${response.status} breaks the contract: ${JSON.stringify(errors)}`,
  );
}
