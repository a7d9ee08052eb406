// Whether the PostgreSQL of the tests answers, and the one line that says what did not run when it does not.
import pg from 'pg';
import { redactedUrl } from '../store/postgres-open.js';

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
