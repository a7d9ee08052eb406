// Run by `npm test` before the server's tests: one line saying whether the PostgreSQL suites run, and when they do
// not, the command that makes them run. Exits 0 either way: a missing service is not a failed test.
import { notReachableLine, probePostgres, testAdminUrl } from './postgres-probe.js';
import { redactedUrl } from '../store/postgres-open.js';

const url = testAdminUrl();
const probe = await probePostgres(url);
console.log(
  probe.ok
    ? `PostgreSQL answers at ${redactedUrl(url)}: the store and server suites run on SQLite and on PostgreSQL.`
    : notReachableLine(url, probe.reason),
);
