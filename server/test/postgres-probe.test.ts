// The check that decides whether the PostgreSQL suites run: a server that does not answer is reported in one line
// that names what did not run and how to make it run, and the check still exits 0.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { notReachableLine, probePostgres, testAdminUrl } from './postgres-probe.js';
import { freePort } from './process.js';

const CHECK_SCRIPT = fileURLToPath(new URL('./postgres-check.js', import.meta.url));

describe('the PostgreSQL check of npm test', () => {
  it('finds no PostgreSQL on a closed port and says so in one line, with the command that starts it', async () => {
    const url = `postgres://postgres:secret@127.0.0.1:${await freePort()}/postgres`;
    const probe = await probePostgres(url, 2000);
    assert.equal(probe.ok, false);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CHECK_SCRIPT], {
      env: { ...process.env, MPP_TEST_DATABASE_URL: url },
    });
    assert.equal(stderr, '');
    // One line per service the suites can use (PostgreSQL, Redis); this one is about PostgreSQL.
    const lines = stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('PostgreSQL'));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^PostgreSQL not reachable at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres /);
    assert.match(lines[0]!, /the PostgreSQL store and server suites did not run/);
    assert.match(lines[0]!, /pg_ctlcluster 15 main start/);
    assert.match(lines[0]!, /MPP_TEST_DATABASE_URL/);
    assert.ok(!lines[0]!.includes('secret'), 'the password is not printed');
    if (!probe.ok) assert.equal(lines[0], notReachableLine(url, probe.reason));
  });

  it('reads where PostgreSQL is from MPP_TEST_DATABASE_URL, else the local server as user postgres', () => {
    assert.equal(testAdminUrl({ MPP_TEST_DATABASE_URL: 'postgres://u@db:5433/x' }), 'postgres://u@db:5433/x');
    assert.equal(testAdminUrl({}), 'postgres://postgres@127.0.0.1:5432/postgres');
  });
});
