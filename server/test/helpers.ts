// Starts the real server (real HTTP on a loopback port, a real SQLite file or a fresh PostgreSQL database) with a
// clock the test moves.
import { serve } from '@hono/node-server';
import type assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingRequest } from '../../src/api/types.js';
import { makeClock } from '../../src/rules/index.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { checkResponse } from '../contract.js';
import { openCounters } from '../counters.js';
import { openStore } from '../open.js';
import { PostgresStore } from '../store/postgres.js';
import { SqliteStore } from '../store/sqlite.js';
import { staffStoreOf } from '../store/staff-open.js';
import { freshDatabase, type Engine } from './postgres.js';

export const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
export const NOT_BOOKABLE = 'disdukcapil-konsultasi-dan-perbaikan-data-kependudukan';
/** Monday 7 December 2026, 08:00 WIB. */
export const MONDAY_0800 = Date.parse('2026-12-07T08:00:00+07:00');

/** A valid NIK (Kepulauan Riau, born 1 Jan 1985) with a chosen serial. */
export const nik = (serial = 3) => `217201010185${String(serial).padStart(4, '0')}`;

export function booking(overrides: Partial<BookingRequest> = {}): BookingRequest {
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

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/**
 * Starts a server on `engine` (SQLite by default): on a database of its own, or on `database` (the SQLite file or
 * PostgreSQL URL of an earlier server, to start again on its data).
 */
export async function startServer({
  now = MONDAY_0800,
  env = {},
  engine = 'sqlite',
  database,
}: { now?: number; env?: Record<string, string>; engine?: Engine; database?: string } = {}) {
  const path =
    database ??
    (engine === 'postgres' ? await freshDatabase() : join(mkdtempSync(join(tmpdir(), 'mpp-test-')), 'mpp.sqlite'));
  const config = loadConfig({
    PORT: '0',
    MPP_LOG: '0',
    MPP_RATE_LIMIT_LOOKUP: '0',
    MPP_RATE_LIMIT_BOOKING: '0',
    ...(engine === 'postgres' ? { MPP_DATABASE_URL: path } : { MPP_DB_PATH: path }),
    ...env,
  });
  const clock = makeClock(config.utcOffsetMinutes);
  const state = { now };
  const { store, hashNik } = await openStore(config, clock, now, undefined);
  const counters = await openCounters(config, store, () => state.now);
  const staff = staffStoreOf(store);
  const app = await createApp({ store, staff, config, clock, hashNik, now: () => state.now, counters });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  return {
    base,
    store,
    counters,
    staff,
    clock,
    engine,
    config,
    hashNik,
    path,
    setNow: (t: number) => (state.now = t),
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await counters.close();
      await store.close();
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  // The parsed JSON answer: tests read the fields they check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A JSON request; answers status, headers and the parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, body: json };
}

export const book = (base: string, body = booking(), key = `key-${Math.random().toString(36).slice(2)}`) =>
  call(base, 'POST', '/bookings', body, { 'Idempotency-Key': key });

/** Fails the test when a response breaks the contract. */
export function conforms(a: typeof assert, path: string, method: string, response: Answer) {
  const errors = checkResponse(path, method, response.status, response.body);
  a.equal(
    errors,
    null,
    `${method.toUpperCase()} ${path} ${response.status} breaks the contract: ${JSON.stringify(errors)}`,
  );
}

/**
 * Rows of a query on the server's database, for checks a resident cannot make (what a row holds). Written with `?`
 * placeholders; loosely typed, since each test reads the columns it checks.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function rowsOf(server: TestServer, sql: string, ...params: unknown[]): Promise<any[]> {
  const { store } = server;
  if (store instanceof SqliteStore) return store.db.prepare(sql).all(...params);
  if (store instanceof PostgresStore) {
    let n = 0;
    return (
      await store.pool.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows;
  }
  throw new Error(`no query for the ${store.engine} store`);
}
