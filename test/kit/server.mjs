// Starts the reference server for end-to-end tests and benchmarks: a child process on a free port, its own SQLite
// file, and a fake clock set to a Monday morning so sessions and check-in windows exist whatever the hour.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MONDAY_MORNING, OPERATOR_TOKEN } from './fixtures.mjs';

/** How the server is started (arguments to `node`, from the repository's root) — the one line to change when it moves. */
export const SERVER_COMMAND = ['.build/server/start.js'];

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
 * its database file `dbPath` (for checks a resident cannot make), and `stop()`.
 */
export async function startDemo() {
  const port = await freePort();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'mpp-e2e-')), 'mpp.sqlite');
  const child = spawn(process.execPath, SERVER_COMMAND, {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(port),
      MPP_DB_PATH: dbPath,
      MPP_OPERATOR_TOKEN: OPERATOR_TOKEN,
      MPP_FAKE_NOW: MONDAY_MORNING,
      MPP_LOG: '0',
      MPP_RATE_LIMIT_LOOKUP: '200',
      MPP_RATE_LIMIT_BOOKING: '200',
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
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** An operator action on the server, as the counter staff would do it (check-in, calling the next resident). */
export async function operator(api, path, body) {
  const res = await fetch(`${api}/operator${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
