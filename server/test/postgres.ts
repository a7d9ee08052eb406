// PostgreSQL for the tests: where it is (MPP_TEST_DATABASE_URL, else the local server as user postgres), whether it
// answers, and a fresh database per store or server under test, dropped when the test process ends, so runs never
// share data. The engines the suites run on: SQLite always, PostgreSQL when it answers.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { probePostgres, testAdminUrl } from './postgres-probe.js';

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
