// What the conformance kit's tests share: the reference server set up as an MPP would set it up for the kit (an
// agency origin registered for CORS, an officer API key for the operator checks), and the kit run as a command.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addStaff, startDemo } from '../kit/server.mjs';

/** The kit's command, as `npx mpp-conformance` runs it. */
export const KIT = fileURLToPath(new URL('../../conformance/bin/mpp-conformance.mjs', import.meta.url));
/** The agency site the server registers for CORS; the kit's --origin. */
export const AGENCY_ORIGIN = 'https://agency.example';
/** The service the kit books in, of the agency the API key belongs to. */
export const SERVICE = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
/**
 * The seeded applications with their second factor (server/demo-applications.ts). Each run of the kit spends one
 * wrong second factor on its application, and the server allows 5 per application per 15 minutes: runs on one
 * server take turns.
 */
export const APPLICATIONS = [
  'PMH-2026-000123:0003',
  'PMH-2026-000124:0003',
  'PMH-2026-000125:0003',
  'PMH-2026-000126:0003',
];

const ADMIN = { email: 'admin-kesesuaian@mpp.test', password: 'kata-sandi-admin-kesesuaian' };
/** The staff account the kit signs in with (MPP_CONFORMANCE_STAFF_EMAIL / _PASSWORD). */
export const STAFF = {
  email: 'petugas-kesesuaian@mpp.test',
  password: 'kata-sandi-petugas-kesesuaian',
  agencyId: 'disdukcapil',
};

/**
 * The reference server for the kit, on SQLite or on a PostgreSQL database (`databaseUrl`). The limits per address
 * are raised so that several runs of the kit in a minute never wait; the second-factor cap (5 failures per code)
 * stays as `npm start` has it, and is what the kit's limits check meets.
 */
export async function startReference({ databaseUrl } = {}) {
  const server = await startDemo({
    env: {
      MPP_ALLOWED_ORIGINS: AGENCY_ORIGIN,
      MPP_RATE_LIMIT_LOOKUP: '100000',
      MPP_RATE_LIMIT_BOOKING: '100000',
      ...(databaseUrl ? { MPP_DATABASE_URL: databaseUrl } : {}),
    },
  });
  await addStaff(server.env, ADMIN, 'admin');
  await addStaff(server.env, STAFF, 'officer');
  const login = await fetch(`${server.api}/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!login.ok) throw new Error(`admin log-in: ${login.status} ${await login.text()}`);
  const { csrfToken } = await login.json();
  const issued = await fetch(`${server.api}/staff/api-keys`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Cookie: login.headers.get('set-cookie').split(';')[0],
      'X-CSRF-Token': csrfToken,
    },
    body: JSON.stringify({ name: 'Kit uji kesesuaian', agencyId: 'disdukcapil', role: 'officer' }),
  });
  if (!issued.ok) throw new Error(`API key: ${issued.status} ${await issued.text()}`);
  const apiKey = (await issued.json()).key;
  /** The kit's credentials, as an implementer would give them: in the environment, never as flags. */
  const credentials = {
    MPP_CONFORMANCE_API_KEY: apiKey,
    MPP_CONFORMANCE_STAFF_EMAIL: STAFF.email,
    MPP_CONFORMANCE_STAFF_PASSWORD: STAFF.password,
  };
  return { ...server, apiKey, credentials };
}

/**
 * Runs `mpp-conformance <base> …args` and answers its exit code, output and table: `lines` maps a check id to
 * `{ status, text }` (status PASS, FAIL or SKIP).
 */
export function runKit(base, args = [], env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KIT, base, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = new Map();
      for (const line of stdout.split('\n')) {
        const m = /^(PASS|FAIL|SKIP) {2}(\S+)/.exec(line);
        if (m) lines.set(m[2], { status: m[1], text: line });
      }
      resolve({
        code,
        stdout,
        stderr,
        lines,
        failed: [...lines].filter(([, l]) => l.status === 'FAIL').map(([id]) => id),
      });
    });
  });
}

/** The kit's arguments against the reference server, with the `n`th seeded application. */
export const kitArgs = (n = 0) => [
  '--origin',
  AGENCY_ORIGIN,
  '--service',
  SERVICE,
  '--application',
  APPLICATIONS[n % APPLICATIONS.length],
];
