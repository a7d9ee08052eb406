// Staff log-in, sessions and CSRF on the real server (both engines): what a staff member's browser and an attacker
// would see.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { call, conforms, MONDAY_0800, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { addStaff, cookieOf, logIn, PASSWORD, staffOf } from './staff-helpers.js';

const MINUTE = 60_000;

/** A raw POST with a chosen Host header (fetch cannot set one), answering status and headers. */
function postWithHost(base: string, path: string, host: string, body: unknown) {
  const url = new URL(base + path);
  return new Promise<{ status: number; setCookie: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode!, setCookie: String(res.headers['set-cookie']?.[0] ?? '') }),
      );
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

for (const engine of ENGINES) {
  describe(`staff sessions on ${engine}`, () => {
    let server: TestServer;
    before(async () => (server = await startServer({ engine })));
    after(() => server.close());

    it('signs in with a cookie the page script cannot read, and answers the CSRF token and the account', async () => {
      const email = await addStaff(server, 'officer', 'disdukcapil');
      const res = await call(server.base, 'POST', '/staff/login', { email, password: PASSWORD });
      assert.equal(res.status, 200);
      conforms(assert, '/staff/login', 'post', res);
      assert.equal(res.body.account.role, 'officer');
      assert.equal(res.body.account.agencyId, 'disdukcapil');
      assert.equal(res.body.account.passwordHash, undefined);
      const cookie = res.headers.get('set-cookie')!;
      // Plain HTTP to 127.0.0.1 is a developer's machine: no Secure (the browser would drop it), no __Host- prefix.
      assert.match(cookie, /^mpp_staff=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
      const me = await call(server.base, 'GET', '/staff/session', undefined, { Cookie: cookieOf(res) });
      assert.equal(me.status, 200);
      conforms(assert, '/staff/session', 'get', me);
      assert.equal(me.body.csrfToken, res.body.csrfToken);
    });

    it('sets a Secure __Host- cookie for any other host name (a TLS proxy in front)', async () => {
      const email = await addStaff(server, 'viewer');
      const res = await postWithHost(server.base, '/staff/login', 'mpp.tanjungpinangkota.go.id', {
        email,
        password: PASSWORD,
      });
      assert.equal(res.status, 200);
      assert.match(res.setCookie, /^__Host-mpp_staff=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/);
    });

    it('stores the password as a scrypt hash only', async () => {
      const email = await addStaff(server, 'viewer');
      const [row] = await rowsOf(server, 'SELECT password_hash FROM staff_accounts WHERE email = ?', email);
      assert.match(row.password_hash, /^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
      assert.ok(!row.password_hash.includes(PASSWORD));
    });

    it('answers a wrong password and an unknown e-mail the same way, then makes both wait', async () => {
      const email = await addStaff(server, 'officer', 'disdukcapil');
      const attempt = (who: string, password = 'salah-sekali-kata-sandinya') =>
        call(server.base, 'POST', '/staff/login', { email: who, password });
      for (const who of [email, 'nobody@mpp.test']) {
        const answers = [];
        for (let i = 0; i < 4; i++) answers.push(await attempt(who));
        assert.deepEqual(
          answers.map((a) => a.status),
          [401, 401, 401, 429],
          who,
        );
        assert.equal(answers[3]!.headers.get('retry-after'), '1');
        assert.deepEqual(answers[0]!.body, (await attempt('nobody-else@mpp.test')).body);
      }
      // Even the right password waits its turn while the account is throttled.
      assert.equal((await attempt(email, PASSWORD)).status, 429);
      server.setNow(MONDAY_0800 + 2_000);
      assert.equal((await attempt(email, PASSWORD)).status, 200);
      server.setNow(MONDAY_0800);
    });

    it('shuts the door on an account after 10 failures in 15 minutes', async () => {
      const email = await addStaff(server, 'officer', 'disdukcapil');
      // 70 s apart: each try waits out the growing delay (at most 64 s before the 10th), all within 15 minutes.
      let t = MONDAY_0800 + 60 * MINUTE;
      const statuses = [];
      for (let i = 0; i < 11; i++) {
        server.setNow((t += 70_000));
        statuses.push(
          (await call(server.base, 'POST', '/staff/login', { email, password: 'salah-sekali-kata-sandinya' })).status,
        );
      }
      assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
      server.setNow((t += 40_000));
      assert.equal((await call(server.base, 'POST', '/staff/login', { email, password: PASSWORD })).status, 429);
      server.setNow(t + 15 * MINUTE);
      assert.equal((await call(server.base, 'POST', '/staff/login', { email, password: PASSWORD })).status, 200);
      server.setNow(MONDAY_0800);
    });

    it('refuses an unsafe request without the CSRF token, with a wrong one, or from another site', async () => {
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      const plain = { Cookie: officer.cookie };
      const noToken = await call(server.base, 'POST', '/staff/logout', undefined, plain);
      assert.equal(noToken.status, 403);
      assert.equal(noToken.body.code, 'forbidden');
      const wrong = await call(server.base, 'POST', '/staff/logout', undefined, {
        ...plain,
        'X-CSRF-Token': officer.csrf.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A')),
      });
      assert.equal(wrong.status, 403);
      const crossSite = await officer.call('POST', '/staff/logout', undefined, { Origin: 'https://evil.example' });
      assert.equal(crossSite.status, 403);
      const fetchedCrossSite = await officer.call('POST', '/staff/logout', undefined, {
        'Sec-Fetch-Site': 'cross-site',
      });
      assert.equal(fetchedCrossSite.status, 403);
      // Still signed in after all of them; the right token and this site's origin sign out.
      assert.equal((await officer.call('GET', '/staff/session')).status, 200);
      const origin = new URL(server.base).origin;
      assert.equal((await officer.call('POST', '/staff/logout', undefined, { Origin: origin })).status, 204);
      assert.equal((await officer.call('GET', '/staff/session')).status, 401);
    });

    it('refuses a log-in posted from another site (log-in CSRF)', async () => {
      const email = await addStaff(server, 'viewer');
      const res = await call(
        server.base,
        'POST',
        '/staff/login',
        { email, password: PASSWORD },
        { Origin: 'https://evil.example' },
      );
      assert.equal(res.status, 403);
    });

    it('ends a session after 30 minutes unused and 12 hours after log-in whatever the use', async () => {
      server.setNow(MONDAY_0800);
      const idle = await staffOf(server, 'viewer');
      server.setNow(MONDAY_0800 + 29 * MINUTE);
      assert.equal((await idle.call('GET', '/staff/session')).status, 200);
      server.setNow(MONDAY_0800 + 58 * MINUTE);
      assert.equal((await idle.call('GET', '/staff/session')).status, 200, 'use keeps it alive');
      server.setNow(MONDAY_0800 + 89 * MINUTE);
      assert.equal((await idle.call('GET', '/staff/session')).status, 401, 'idle 31 minutes');

      server.setNow(MONDAY_0800);
      const busy = await staffOf(server, 'viewer');
      let t = MONDAY_0800;
      while (t < MONDAY_0800 + 12 * 60 * MINUTE - 20 * MINUTE) {
        server.setNow((t += 20 * MINUTE));
        assert.equal((await busy.call('GET', '/staff/session')).status, 200);
      }
      server.setNow(MONDAY_0800 + 12 * 60 * MINUTE);
      assert.equal((await busy.call('GET', '/staff/session')).status, 401, '12 hours after log-in');
      server.setNow(MONDAY_0800);
    });

    it('ends the sessions of an account that is disabled or whose role changes', async () => {
      const admin = await staffOf(server, 'mpp_admin');
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      const viewer = await staffOf(server, 'viewer');
      const demoted = await admin.call('PATCH', `/staff/accounts/${officer.account.id}`, { role: 'viewer' });
      assert.equal(demoted.status, 200);
      conforms(assert, '/staff/accounts/{staffId}', 'patch', demoted);
      assert.equal((await officer.call('GET', '/staff/session')).status, 401);
      const off = await admin.call('PATCH', `/staff/accounts/${viewer.account.id}`, { disabled: true });
      assert.equal(off.body.disabled, true);
      assert.equal((await viewer.call('GET', '/staff/session')).status, 401);
      const again = await call(server.base, 'POST', '/staff/login', {
        email: viewer.account.email,
        password: PASSWORD,
      });
      assert.equal(again.status, 401);
    });

    it('lets a staff member change their own password only with the current one', async () => {
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      const path = `/staff/accounts/${officer.account.id}`;
      const without = await officer.call('PATCH', path, { password: 'kata-sandi-baru-yang-panjang' });
      assert.equal(without.status, 422);
      assert.equal(without.body.errors[0].field, 'currentPassword');
      const changed = await officer.call('PATCH', path, {
        password: 'kata-sandi-baru-yang-panjang',
        currentPassword: PASSWORD,
      });
      assert.equal(changed.status, 200);
      await logIn(server, officer.account.email, 'kata-sandi-baru-yang-panjang');
    });
  });
}
