/**
 * MSW handlers of the staff API's sessions, for the staff pages' unit tests and Storybook stories: log-in,
 * session, log-out, with the server's CSRF rule (every write carries the session's token). A page's own
 * operations are added beside these by its tests (see test/unit/staff/kit.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import { problem } from './problem.js';

type StaffAccount = components['schemas']['StaffAccount'];
type StaffSession = components['schemas']['StaffSession'];

const at = '2026-12-01T08:00:00+07:00';
const account = (id: string, email: string, name: string, role: StaffAccount['role'], agencyId: string | null) => ({
  id: `stf_${id.padEnd(20, '0')}`,
  email,
  name,
  role,
  agencyId,
  disabled: false,
  createdAt: at,
  updatedAt: at,
});

/** One account of each role, as the mocked server knows them. */
export const STAFF_ACCOUNTS = {
  mppAdmin: account('a1', 'admin@mpp.test', 'Rina Administrator', 'mpp_admin', null),
  agencyAdmin: account('b2', 'admin-kpp@mpp.test', 'Budi Santoso', 'agency_admin', 'kpp'),
  officer: account('c3', 'petugas-kpp@mpp.test', 'Sari Petugas', 'officer', 'kpp'),
  viewer: account('d4', 'peninjau@mpp.test', 'Dewi Peninjau', 'viewer', null),
} satisfies Record<string, StaffAccount>;

/** The password every mocked account signs in with; `STAFF_THROTTLED_PASSWORD` answers 429 (Retry-After 90). */
export const STAFF_PASSWORD = 'kata-sandi-yang-benar';
export const STAFF_THROTTLED_PASSWORD = 'terlalu-sering';
export const CSRF_TOKEN = 'csrf-token-of-the-mock-session';

/** The server's CSRF rule: an unsafe request without the session's token is refused (403). */
export function csrfRefusal(request: Request): Response | undefined {
  if (request.headers.get('X-CSRF-Token') !== CSRF_TOKEN)
    return problem(403, 'forbidden', { detail: 'Header X-CSRF-Token tidak ada atau tidak cocok.' });
  return undefined;
}

export interface StaffSessionMock {
  handlers: HttpHandler[];
  /** Who is signed in now (null: nobody); tests and stories read and set it. */
  state: { signedIn: StaffAccount | null; logins: number; logouts: number };
}

/**
 * The staff session as the server keeps it: `signedIn` starts as given (null: the sign-in page shows), log-in with
 * any known e-mail and `STAFF_PASSWORD` signs that account in.
 */
export function staffSessionMock({
  base,
  signedIn = null,
}: {
  base: string;
  signedIn?: StaffAccount | null;
}): StaffSessionMock {
  const state = { signedIn, logins: 0, logouts: 0 };
  const session = (a: StaffAccount): StaffSession => ({
    account: a,
    csrfToken: CSRF_TOKEN,
    idleMinutes: 30,
    expiresAt: '2026-12-01T20:00:00+07:00',
  });
  const handlers = [
    http.get(`${base}/staff/session`, () =>
      state.signedIn ? HttpResponse.json(session(state.signedIn)) : problem(401, 'unauthorized'),
    ),
    http.post(`${base}/staff/login`, async ({ request }) => {
      state.logins++;
      const { email, password } = (await request.json()) as { email: string; password: string };
      if (password === STAFF_THROTTLED_PASSWORD)
        return problem(429, 'rate_limited', { detail: 'Coba lagi dalam 90 detik.' }, { 'Retry-After': '90' });
      const known = Object.values(STAFF_ACCOUNTS).find((a) => a.email === email.toLowerCase());
      if (!known || password !== STAFF_PASSWORD)
        return problem(401, 'unauthorized', { detail: 'E-mail atau kata sandi salah.' });
      state.signedIn = known;
      return HttpResponse.json(session(known));
    }),
    http.post(`${base}/staff/logout`, ({ request }) => {
      if (!state.signedIn) return problem(401, 'unauthorized');
      const refused = csrfRefusal(request);
      if (refused) return refused;
      state.logouts++;
      state.signedIn = null;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  return { handlers, state };
}
