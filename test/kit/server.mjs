// Starts the reference server for end-to-end tests and benchmarks: a child process on a free port, its own SQLite
// file, and a fake clock set to a Monday morning so sessions and check-in windows exist whatever the hour.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTER_OFFICER, MONDAY_MORNING } from './fixtures.mjs';

/** How the server is started (arguments to `node`, from the repository's root) — the one line to change when it moves. */
export const SERVER_COMMAND = ['.build/server/start.js'];
/** How a staff account is created (`npm run staff:add` without its build step). */
export const STAFF_ADD_COMMAND = ['.build/server/staff/add.js'];

/** What the server prints once it listens. */
const READY = /mpp-widgets demo:/;

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody uses now: suites run beside other people's. */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * The reference server with the demo pages, started for a test file. Answers its `origin`, its API base `api`,
 * its database file `dbPath` (for checks a resident cannot make), the `env` it runs with (for `addStaff`), and
 * `stop()`. It starts with the counter officer and the accounts in `staff` (`{ email, password, agencyId, role }`,
 * e.g. from `STAFF` in staff.mjs). `env` adds to or overrides its variables (`MPP_DATABASE_URL`: PostgreSQL).
 */
export async function startDemo({ staff = [], env: extra = {} } = {}) {
  const port = await freePort();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'mpp-e2e-')), 'mpp.sqlite');
  const env = { ...process.env, MPP_DB_PATH: dbPath, MPP_FAKE_NOW: MONDAY_MORNING, ...extra };
  await addStaff(env, COUNTER_OFFICER, 'officer');
  for (const account of staff) await addStaff(env, account, account.role === 'mpp_admin' ? 'admin' : account.role);
  const child = spawn(process.execPath, SERVER_COMMAND, {
    cwd: repositoryRoot,
    env: {
      ...env,
      PORT: String(port),
      MPP_LOG: '0',
      MPP_RATE_LIMIT_LOOKUP: '200',
      MPP_RATE_LIMIT_BOOKING: '200',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
    child.stdout.on('data', (chunk) => READY.test(String(chunk)) && resolve());
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    api: `${origin}/api/v1`,
    dbPath,
    env,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Creates a staff account on the database in `env`, as `npm run staff:add` does (the password on stdin). */
export async function addStaff(env, { email, password, agencyId }, role) {
  const args = ['--email', email, '--role', role, ...(agencyId ? ['--agency', agencyId] : [])];
  const child = spawn(process.execPath, [...STAFF_ADD_COMMAND, ...args], {
    cwd: repositoryRoot,
    env,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin.end(`${password}\n`);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`staff:add ${email} exited ${code}`);
}

/** The counter officer's signed-in session per API base: its cookie and CSRF token. */
const sessions = new Map();

async function signIn(api) {
  const res = await fetch(`${api}/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: COUNTER_OFFICER.email, password: COUNTER_OFFICER.password }),
  });
  if (!res.ok) throw new Error(`staff log-in: ${res.status} ${await res.text()}`);
  const { csrfToken } = await res.json();
  return { cookie: res.headers.get('set-cookie').split(';')[0], csrfToken };
}

/**
 * An operator action on the server, as the counter officer would do it (check-in, calling the next resident):
 * signed in once, then the session cookie and its CSRF token on each action.
 */
export async function operator(api, path, body) {
  if (!sessions.has(api)) sessions.set(api, signIn(api));
  const { cookie, csrfToken } = await sessions.get(api);
  const res = await fetch(`${api}/operator${path}`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
      'X-CSRF-Token': csrfToken,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
