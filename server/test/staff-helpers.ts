// Staff for the server tests: accounts made through the same code as `npm run staff:add`, and a signed-in session
// that sends its cookie and CSRF token as a staff page does.
import { after, before } from 'node:test';
import type { StaffRole } from '../store/staff-types.js';
import { addAccount } from '../staff/add-account.js';
import { call, startServer, type Answer, type TestServer } from './helpers.js';
import type { Engine } from './postgres.js';

/** A password long enough for the policy; tests share it (each account has its own salt and hash). */
export const PASSWORD = 'kata-sandi-uji-yang-panjang';

let counter = 0;

/** Creates an account on the server's database; answers its e-mail. */
export async function addStaff(
  server: TestServer,
  role: StaffRole,
  agencyId: string | null = null,
  email = `${role}-${agencyId ?? 'mpp'}-${++counter}@mpp.test`,
): Promise<string> {
  const problem = await addAccount(server.staff, { email, role, agencyId, name: email.split('@')[0]! }, PASSWORD, {
    at: '2026-12-07T08:00:00+07:00',
    knownAgency: () => true,
    who: 'test',
  });
  if (problem) throw new Error(problem);
  return email;
}

export interface StaffClient {
  cookie: string;
  csrf: string;
  /** The account as the log-in answered it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  account: any;
  /** A request with the session cookie, and the CSRF token unless `csrf: false`. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** The session cookie's `name=value` of a log-in answer. */
export const cookieOf = (answer: Answer) => answer.headers.get('set-cookie')?.split(';')[0] ?? '';

/** Signs in; fails the test when the log-in is refused. */
export async function logIn(server: TestServer, email: string, password = PASSWORD): Promise<StaffClient> {
  const answer = await call(server.base, 'POST', '/staff/login', { email, password });
  if (answer.status !== 200) throw new Error(`log-in of ${email}: ${answer.status} ${JSON.stringify(answer.body)}`);
  const cookie = cookieOf(answer);
  const csrf = answer.body.csrfToken as string;
  return {
    cookie,
    csrf,
    account: answer.body.account,
    call: (method, path, body, headers = {}) =>
      call(server.base, method, path, body, { Cookie: cookie, 'X-CSRF-Token': csrf, ...headers }),
  };
}

/** Creates an account and signs it in. */
export async function staffOf(server: TestServer, role: StaffRole, agencyId: string | null = null) {
  return logIn(server, await addStaff(server, role, agencyId));
}

/**
 * For the `describe` block it is called in: a server on `engine`, started before its tests with an MPP administrator
 * signed in, and closed after them. Read `server` and `admin` from the answer inside the tests (set by then).
 */
export function serverWithAdmin(engine: Engine): { server: TestServer; admin: StaffClient } {
  const kit = {} as { server: TestServer; admin: StaffClient };
  before(async () => {
    kit.server = await startServer({ engine });
    kit.admin = await staffOf(kit.server, 'mpp_admin');
  });
  after(() => kit.server.close());
  return kit;
}
