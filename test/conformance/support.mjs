// What the conformance kit's tests share: the reference server set up as an MPP would set it up for the kit (an
// agency origin registered for CORS, an officer API key for the operator checks), and the kit run as a command.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newKey, newResident } from '../../conformance/lib/residents.mjs';
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
  await dayStates(server.api, { Cookie: login.headers.get('set-cookie').split(';')[0], 'X-CSRF-Token': csrfToken });
  /** The kit's credentials, as an implementer would give them: in the environment, never as flags. */
  const credentials = {
    MPP_CONFORMANCE_API_KEY: apiKey,
    MPP_CONFORMANCE_STAFF_EMAIL: STAFF.email,
    MPP_CONFORMANCE_STAFF_PASSWORD: STAFF.password,
  };
  return { ...server, apiKey, credentials };
}

/** The day the reference server fills (the kit's clock is Monday 7 December 2026, MPP_FAKE_NOW). */
export const FULL_DAY = '2026-12-08';
/** The service's opening hour of the window's last day: later than the kit's morning, so that day opens later. */
export const OPENING_HOUR = '23:00';

/**
 * Every day state the calendar checks read (calendar.days-full, calendar.days-opening), as an MPP meets them: the
 * service's window opens its last day at 23.00, and Tuesday's places are all taken by residents booking through
 * the API. The schedule's sessions stay as seeded.
 */
async function dayStates(api, staffHeaders) {
  const path = `${api}/staff/services/${SERVICE}/schedule`;
  const schedule = await (await fetch(path, { headers: staffHeaders })).json();
  const changed = await fetch(path, {
    method: 'PUT',
    headers: { ...staffHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      windowOpensAt: OPENING_HOUR,
      weekdays: schedule.weekdays.map(({ weekday, sessions }) => ({
        weekday,
        sessions: sessions.map(({ start, end, quota }) => ({ start, end, quota })),
      })),
    }),
  });
  if (!changed.ok) throw new Error(`schedule: ${changed.status} ${await changed.text()}`);
  const availability = await fetch(`${api}/services/${SERVICE}/availability?from=${FULL_DAY}&days=1`);
  const [day] = (await availability.json()).days;
  for (const session of day.sessions)
    for (let left = session.remaining; left > 0; left--) {
      const res = await fetch(`${api}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
        body: JSON.stringify({ serviceId: SERVICE, date: FULL_DAY, sessionId: session.id, ...newResident() }),
      });
      if (res.status !== 201) throw new Error(`filling ${FULL_DAY}: ${res.status} ${await res.text()}`);
    }
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
