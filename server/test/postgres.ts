// PostgreSQL for the tests: where it is (MPP_TEST_DATABASE_URL, else the local server as user postgres), whether it
// answers, and a fresh database per store or server under test, dropped when the test process ends, so runs never
// share data. The engines the suites run on: SQLite always, PostgreSQL when it answers.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactedUrl } from '../store/postgres.js';

/** The database the tests connect to in order to create (and drop) their own. */
export const testAdminUrl = (env: NodeJS.ProcessEnv = process.env) =>
  env.MPP_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether PostgreSQL answers at `url` (a connection and `SELECT 1` within `timeoutMs`); the reason when not. */
export async function probePostgres(
  url: string,
  timeoutMs = 5000,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A connection refused mid-handshake is also emitted as an event: without a listener it would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || String(error) : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The one line `npm test` prints when PostgreSQL does not answer: what did not run, and how to make it run. */
export function notReachableLine(url: string, reason: string): string {
  return (
    `PostgreSQL not reachable at ${redactedUrl(url)} (${reason}): the PostgreSQL store and server suites did not run; ` +
    'start it with `pg_ctlcluster 15 main start` (or `.ci/run`, which installs and starts it) or set MPP_TEST_DATABASE_URL'
  );
}

export type Engine = 'sqlite' | 'postgres';

const admin = testAdminUrl();
const probe = await probePostgres(admin);

/** The engines the store and server suites run on here. */
export const ENGINES: readonly Engine[] = probe.ok ? ['sqlite', 'postgres'] : ['sqlite'];

const created: string[] = [];

/** Creates an empty database of its own for one store or server; answers its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `mpp_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  created.push(name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropCreated() {
  const names = created.splice(0);
  if (!names.length) return;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

// Once every test of the file has run and the event loop is empty: drop what this process created.
process.on('beforeExit', () => {
  if (created.length) void dropCreated();
});
