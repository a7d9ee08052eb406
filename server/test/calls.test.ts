// The hall's board from the server's side, on both engines: the snapshot and the server-sent stream of calls
// (what call-next and the counter's outcomes produce), with nothing of the person; a reconnect with Last-Event-ID
// catches up on the calls it missed; streams per client are limited; and on PostgreSQL a call made on one instance
// reaches a board connected to another, also after that board reconnects.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { spawnServer, type ServerProcess } from './process.js';
import { openStream, type SseEvent } from './sse.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const HALL_CALL_KEYS = ['agencyId', 'at', 'counterId', 'counterName', 'id', 'kind', 'queueNumber'];
const parsed = (e: SseEvent) => JSON.parse(e.data);
const isCall =
  (number: string, kind = 'called') =>
  (e: SseEvent) =>
    e.event === 'call' && parsed(e).queueNumber === number && parsed(e).kind === kind;

/** Books and checks in a resident of the KTP service at 08:00; answers their queue number. */
async function checkedIn(base: string, officer: { call: StaffClient['call'] }, serial: number): Promise<string> {
  const made = await book(base, booking({ nik: nik(serial), sessionId: 's0800' }));
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const inside = await officer.call('POST', `/operator/bookings/${made.body.code}/check-in`);
  assert.equal(inside.status, 200, JSON.stringify(inside.body));
  return inside.body.queue.number;
}

for (const engine of ENGINES) {
  describe(`the hall's board on ${engine}`, () => {
    let server: TestServer;
    let officer: StaffClient;
    const callNext = (counterId = 'loket-1') =>
      officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId });
    before(async () => {
      server = await startServer({ engine, env: { MPP_STREAMS_PER_CLIENT: '3', MPP_CALL_POLL_MS: '200' } });
      officer = await staffOf(server, 'officer', 'disdukcapil');
    });
    after(() => server.close());

    it('shows an empty hall, then each call as it is made, and a reconnect catches up on what it missed', async () => {
      const empty = await call(server.base, 'GET', '/calls?agency=disdukcapil');
      conforms(assert, '/calls', 'get', empty);
      assert.deepEqual(empty.body.recent, []);
      assert.ok(empty.body.counters.length > 0);
      assert.ok(empty.body.counters.every((k: { nowServing: unknown }) => k.nowServing === null));

      const first = await checkedIn(server.base, officer, 1);
      const second = await checkedIn(server.base, officer, 2);
      const board = await openStream(`${server.base}/calls/stream?agency=disdukcapil&after=${empty.body.lastEventId}`, {
        'Accept-Encoding': 'br, gzip',
      });
      assert.equal(board.status, 200);
      assert.match(board.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(board.headers.get('content-encoding'), null, 'an event stream is never compressed (held back)');
      assert.equal(board.headers.get('x-content-type-options'), 'nosniff');

      assert.equal((await callNext()).status, 200);
      const called = parsed(await board.next(isCall(first)));
      assert.deepEqual(Object.keys(called).sort(), HALL_CALL_KEYS, 'queue number, counter and time only');
      assert.equal(called.counterName, 'Loket 1');
      board.close();

      // While the board is away: the next number is called and served.
      assert.equal((await callNext()).status, 200);
      const serving = await officer.call('GET', '/operator/queues/disdukcapil/counters/loket-1');
      const outcome = await officer.call('POST', `/operator/bookings/${serving.body.serving.code}/outcome`, {
        outcome: 'served',
      });
      assert.equal(outcome.status, 200, JSON.stringify(outcome.body));

      const back = await openStream(`${server.base}/calls/stream?agency=disdukcapil`, { 'Last-Event-ID': called.id });
      await back.next(isCall(second, 'served'));
      assert.deepEqual(
        back.events.map((e) => [parsed(e).queueNumber, parsed(e).kind]),
        [
          [second, 'called'],
          [second, 'served'],
        ],
        'the missed calls, in order, once each',
      );
      back.close();

      const now = await call(server.base, 'GET', '/calls?agency=disdukcapil');
      conforms(assert, '/calls', 'get', now);
      assert.deepEqual(
        now.body.recent.map((r: { queueNumber: string }) => r.queueNumber),
        [second, first],
      );
      assert.equal(now.body.counters.find((k: { counterId: string }) => k.counterId === 'loket-1').nowServing, null);
      assert.doesNotMatch(JSON.stringify(now.body), /RSV-|nik|\+62/i, 'no booking code or person on the board');
    });

    it('answers the whole MPP without an agency, refuses unknown and malformed agencies', async () => {
      const all = await call(server.base, 'GET', '/calls');
      conforms(assert, '/calls', 'get', all);
      assert.ok(new Set(all.body.counters.map((k: { agencyId: string }) => k.agencyId)).size > 1);
      assert.equal((await call(server.base, 'GET', '/calls?agency=tidak-ada')).status, 404);
      assert.equal((await call(server.base, 'GET', '/calls/stream?agency=tidak-ada')).status, 404);
      const bad = await call(server.base, 'GET', '/calls?agency=BAD!');
      assert.equal(bad.status, 422);
      assert.equal((await call(server.base, 'GET', '/calls/stream', undefined, { 'Last-Event-ID': 'x' })).status, 422);
    });

    it('lets a registered origin read the stream, and limits the streams one client holds at once', async () => {
      const origin = 'http://localhost:6006';
      const streams = [];
      for (let i = 0; i < 3; i++) streams.push(await openStream(`${server.base}/calls/stream`, { Origin: origin }));
      assert.deepEqual(
        streams.map((s) => s.status),
        [200, 200, 200],
      );
      assert.equal(streams[0]!.headers.get('access-control-allow-origin'), origin);
      const fourth = await call(server.base, 'GET', '/calls/stream');
      assert.equal(fourth.status, 429);
      assert.ok(Number(fourth.headers.get('retry-after')) > 0);
      for (const s of streams) s.close();
      // A closed stream gives its place back (the server notices the close when it next writes or sleeps).
      let again = await openStream(`${server.base}/calls/stream`);
      while (again.status === 429) {
        await new Promise((r) => setTimeout(r, 100));
        again = await openStream(`${server.base}/calls/stream`);
      }
      assert.equal(again.status, 200);
      again.close();
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('the board across two instances on one PostgreSQL database', () => {
    let a: TestServer;
    let b: ServerProcess;
    let officer: StaffClient;
    before(async () => {
      a = await startServer({ engine: 'postgres' });
      officer = await staffOf(a, 'officer', 'disdukcapil');
      b = await spawnServer({ MPP_DATABASE_URL: a.path, MPP_CALL_POLL_MS: '200' });
    });
    after(async () => {
      if (b.child.exitCode === null) b.child.kill('SIGTERM');
      await b.exited;
      await a.close();
    });

    it('sends a call made on instance A to a board on instance B, and B catches up after the board reconnects', async () => {
      const bBase = `${b.origin}/api/v1`;
      const numbers = [];
      for (const serial of [11, 12, 13]) numbers.push(await checkedIn(a.base, officer, serial));
      const start = await call(bBase, 'GET', '/calls?agency=disdukcapil');
      const board = await openStream(`${bBase}/calls/stream?agency=disdukcapil&after=${start.body.lastEventId}`);
      const call1 = await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      assert.equal(call1.status, 200);
      const first = parsed(await board.next(isCall(numbers[0]!)));
      board.close();

      // Made on A while B's board is cut off.
      await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      const back = await openStream(`${bBase}/calls/stream?agency=disdukcapil`, { 'Last-Event-ID': first.id });
      await back.next(isCall(numbers[2]!));
      assert.deepEqual(
        back.events.map((e) => parsed(e).queueNumber),
        [numbers[1], numbers[2]],
      );

      // B shutting down ends its streams (the browser reconnects elsewhere) and B still exits cleanly.
      b.child.kill('SIGTERM');
      await back.ended;
      assert.equal(await b.exited, 0);
    });
  });
}
