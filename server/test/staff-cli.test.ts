// `npm start` says how to create the first administrator; `npm run staff:add` creates one, with the password from
// stdin (never from the arguments); the administrator then signs in. Real processes on a real SQLite file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { call } from './helpers.js';
import { spawnServer, tempDbPath } from './process.js';

const ADD_SCRIPT = fileURLToPath(new URL('../staff/add.js', import.meta.url));

/** Runs the staff:add script with `args`, writing `stdin`; answers its exit code and output. */
function staffAdd(args: string[], stdin: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [ADD_SCRIPT, ...args], {
      env: { ...process.env, MPP_FAKE_NOW: '2026-12-07T08:00:00+07:00', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

describe('the first administrator', () => {
  it('is announced by npm start, created by staff:add, and can sign in', async () => {
    const env = { MPP_DB_PATH: tempDbPath() };
    const first = await spawnServer(env);
    // The hint follows the address line, perhaps in a later chunk of output: wait for it as a reader would.
    while (!/no MPP administrator yet/.test(first.output())) {
      const next = await Promise.race([once(first.child.stdout!, 'data'), first.exited.then(() => 'exited')]);
      if (next === 'exited') break;
    }
    assert.match(first.output(), /no MPP administrator yet/);
    assert.match(first.output(), /npm run staff:add -- --email \S+ --role admin/);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const inArgs = await staffAdd(['--email', 'a@mpp.test', '--role', 'admin', '--password', 'x'], '', env);
    assert.equal(inArgs.code, 2);
    assert.match(inArgs.out, /never give a password as an argument/);
    const short = await staffAdd(['--email', 'a@mpp.test', '--role', 'admin'], 'pendek\n', env);
    assert.equal(short.code, 1);
    assert.match(short.out, /minimal 12 karakter/);
    const noAgency = await staffAdd(['--email', 'o@mpp.test', '--role', 'officer'], 'cukup-panjang-sekali\n', env);
    assert.match(noAgency.out, /--agency is required/);

    const made = await staffAdd(
      ['--email', 'Admin@MPP.test', '--role', 'admin', '--name', 'Admin MPP'],
      'kata-sandi-admin-pertama\n',
      env,
    );
    assert.equal(made.code, 0, made.out);
    assert.match(made.out, /mpp_admin admin@mpp\.test created/);
    const twice = await staffAdd(['--email', 'admin@mpp.test', '--role', 'admin'], 'kata-sandi-admin-kedua\n', env);
    assert.equal(twice.code, 1);
    assert.match(twice.out, /exists already/);

    const second = await spawnServer(env);
    try {
      assert.doesNotMatch(second.output(), /no MPP administrator yet/);
      const login = await call(`${second.origin}/api/v1`, 'POST', '/staff/login', {
        email: 'admin@mpp.test',
        password: 'kata-sandi-admin-pertama',
      });
      assert.equal(login.status, 200);
      assert.equal(login.body.account.role, 'mpp_admin');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
