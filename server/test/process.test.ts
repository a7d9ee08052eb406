// What only the running process shows: graceful shutdown with a request in flight, a clear line when the port is
// taken, and a backup taken while the server serves, restored by starting on it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { book, booking, call, nik, startServer } from './helpers.js';
import { BACKUP_SCRIPT, freePort, spawnServer, tempDbPath } from './process.js';

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    const server = await spawnServer({ MPP_DB_PATH: tempDbPath() });
    const body = JSON.stringify({ code: 'RSV-ZZZZZZZZ', nikLast4: '0003' });
    const socket = connect(server.port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    const ended = new Promise((resolve) => socket.on('end', resolve));
    // The server says "100 Continue" once it holds the request: from then on it is in flight.
    socket.write(
      `POST /api/v1/bookings/lookup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    await new Promise<void>((resolve) => {
      const check = () => (response.includes('100 Continue') ? resolve() : socket.once('data', check));
      check();
    });

    server.child.kill('SIGTERM');
    await server.line(/^SIGTERM: closing/);
    const refused = await fetch(`${server.origin}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    assert.equal(refused, 'refused', 'no new connection is accepted once shutting down');

    socket.write(body);
    await ended;
    const [head, json] = response.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '').split('\r\n\r\n');
    assert.match(head!, /^HTTP\/1\.1 404 /, 'the request in flight got its real answer');
    assert.equal(JSON.parse(json!).code, 'not_found');
    assert.equal(await server.exited, 0);
    assert.match(server.output(), /^closed$/m, 'the database was closed before exiting');
  });
});

describe('a port already in use', () => {
  it('is one clear line on stderr and exit code 2, not a stack trace', async () => {
    const port = await freePort();
    const squatter = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
    try {
      const server = await spawnServer({ MPP_DB_PATH: tempDbPath() }, port);
      assert.equal(await server.exited, 2);
      const lines = server.output().trim().split('\n');
      assert.deepEqual(
        lines.filter((l) => /^\s+at /.test(l)),
        [],
        'no stack trace',
      );
      assert.ok(
        lines.some(
          (l) =>
            l ===
            `mpp server: port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT to another port.`,
        ),
        server.output(),
      );
    } finally {
      squatter.close();
    }
  });
});

describe('npm run db:backup', () => {
  it('copies the database while the server serves; a server started on the copy finds the bookings', async () => {
    const dbPath = tempDbPath();
    const server = await spawnServer({ MPP_DB_PATH: dbPath });
    let made;
    const copy = join(dirname(dbPath), 'backups', 'copy.sqlite');
    try {
      made = await book(`${server.origin}/api/v1`, booking({ nik: nik(77), date: '2026-12-08' }));
      assert.equal(made.status, 201);
      const { stdout } = await promisify(execFile)(process.execPath, [BACKUP_SCRIPT, copy], {
        env: { ...process.env, MPP_DB_PATH: dbPath },
      });
      assert.match(stdout, /backup of .* written to .*copy\.sqlite/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    // Restoring is starting on the copy (the README: stop, copy it over MPP_DB_PATH, start).
    const restored = await startServer({ database: copy });
    try {
      const found = await call(restored.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0077' });
      assert.equal(found.status, 200);
      assert.equal(found.body.date, '2026-12-08');
    } finally {
      await restored.close();
    }
  });
});
