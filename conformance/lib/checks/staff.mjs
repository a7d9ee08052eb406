// Staff sessions with an account's e-mail and password (MPP_CONFORMANCE_STAFF_EMAIL / _PASSWORD, only when given):
// log-in, the session, the CSRF token on unsafe methods, log-out; and the same 401 for an unknown e-mail as for a
// wrong password. A wrong password is tried before the right one, whose success clears the account's count.
import { Skip, expect } from '../runner.mjs';
import { expectAnswer } from './answers.mjs';
import { sameAnswer } from './booking-support.mjs';

export function staffChecks({ check }, ctx) {
  const { call } = ctx.client;
  const account = ctx.options.staff;
  const need = () => {
    if (!account)
      throw new Skip('no staff account: set MPP_CONFORMANCE_STAFF_EMAIL and MPP_CONFORMANCE_STAFF_PASSWORD');
  };
  const login = (body) => call('logInStaff', { body });

  check('staff.login-uniform', 'log-in with a wrong password and with an unknown e-mail: the same 401', async () => {
    need();
    const wrong = await login({ email: account.email, password: `${account.password}-salah` });
    const unknown = await login({
      email: `kesesuaian-${Date.now().toString(36)}@mpp.invalid`,
      password: account.password,
    });
    expectAnswer(ctx, wrong, 401, 'unauthorized');
    expectAnswer(ctx, unknown, 401, 'unauthorized');
    sameAnswer(wrong, unknown, 'a wrong password', 'an unknown e-mail');
  });

  check(
    'staff.login',
    'POST /staff/login signs in: the session with its CSRF token, a cookie that is HttpOnly and SameSite=Strict',
    async () => {
      need();
      const answer = expectAnswer(ctx, await login({ email: account.email, password: account.password }), 200);
      const cookie = answer.headers.getSetCookie?.()[0] ?? answer.headers.get('set-cookie') ?? '';
      expect(cookie, 'no Set-Cookie on a log-in');
      const attributes = cookie.toLowerCase();
      expect(
        /;\s*httponly/.test(attributes),
        `the session cookie is not HttpOnly: ${cookie.split(';').slice(1).join(';')}`,
      );
      expect(/;\s*samesite=strict/.test(attributes), 'the session cookie is not SameSite=Strict');
      if (new URL(ctx.client.root).protocol === 'https:')
        expect(/;\s*secure/.test(attributes), 'the session cookie is not Secure over HTTPS');
      expect(!answer.text.includes(account.password), 'the answer carries the password');
      ctx.staffSession = { cookie: cookie.split(';')[0], csrf: answer.json.csrfToken };
      return answer.json.account.role;
    },
  );

  check(
    'staff.session',
    'GET /staff/session with the cookie answers the account; POST /staff/logout without the CSRF token: 403',
    async () => {
      const { cookie } = ctx.staffSession;
      const answer = expectAnswer(ctx, await call('getStaffSession', { headers: { Cookie: cookie } }), 200);
      expect(answer.json.account.email === account.email.toLowerCase(), `signed in as ${answer.json.account.email}`);
      const noCsrf = await call('logOutStaff', { headers: { Cookie: cookie } });
      expectAnswer(ctx, noCsrf, 403, 'forbidden');
    },
    { needs: ['staff.login'] },
  );

  check(
    'staff.logout',
    'POST /staff/logout with the CSRF token: 204, and the cookie no longer opens the session (401)',
    async () => {
      const { cookie, csrf } = ctx.staffSession;
      const out = await call('logOutStaff', { headers: { Cookie: cookie, 'X-CSRF-Token': csrf } });
      expectAnswer(ctx, out, 204);
      expectAnswer(ctx, await call('getStaffSession', { headers: { Cookie: cookie } }), 401, 'unauthorized');
    },
    { needs: ['staff.session'] },
  );
}
