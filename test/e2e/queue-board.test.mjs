// The hall's board in Chromium against the real server (issue 23's done-when): a counter calls, the board shows the
// number without a reload within the two seconds of the call's answer (scaled by MPP_CPU_SLOWDOWN; the time
// is printed and recorded in bench/RESULTS.md); then the line between the screen and
// the server is cut (a proxy in between drops every connection), the counter calls again meanwhile, and when the
// line is back the board catches up on the call it missed. Strict CSP, no console errors, nothing of the person.
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { describe, it } from 'node:test';
import { bookThroughApi } from '../kit/api.mjs';
import { appErrors, cpuSlowdown, openPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER, timeBudget } from '../kit/fixtures.mjs';
import { operator } from '../kit/server.mjs';

const env = useDemo();

/** A proxy in front of the server that can cut the line: open connections dropped, new ones refused. */
async function cuttableProxy(target) {
  const upstream = new URL(target);
  const sockets = new Set();
  let cut = false;
  const server = createServer((req, res) => {
    if (cut) return req.socket.destroy();
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    if (cut) return socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Books a KPP visit at 09.00 and checks it in; answers its queue number. */
async function checkedIn() {
  const { code } = await bookThroughApi(env.demo.api, { name: 'Warga Papan', phone: '+6281200000002' });
  const booking = await operator(env.demo.api, `/bookings/${code}/check-in`);
  return booking.queue.number;
}

const callNext = () =>
  operator(env.demo.api, `/queues/${COUNTER_OFFICER.agencyId}/call-next`, { counterId: 'loket-10' });

describe('the hall’s queue board', () => {
  it('shows a call without a reload, and catches up on a call made while its line was cut', async () => {
    const proxy = await cuttableProxy(env.demo.origin);
    const first = await checkedIn();
    const second = await checkedIn();
    const { page, context, record } = await openPage(env.browser, `${proxy.origin}/board.html`, {
      viewport: { width: 1920, height: 1080 },
    });
    const board = page.locator('mpp-queue-board');
    await board.getByText('Langsung').waitFor();
    await board.getByText('Belum ada nomor yang dipanggil').waitFor();
    await board.getByRole('button', { name: 'Aktifkan suara' }).waitFor();

    await callNext();
    const answered = Date.now();
    const counter = board.locator('[part="counter"]', { hasText: 'Loket 10' });
    await counter.getByText(first).waitFor({ timeout: timeBudget(30_000) });
    const seenAfterMs = Date.now() - answered;
    console.log(`# board: call shown ${seenAfterMs} ms after the call-next answer (server poll 500 ms)`);
    // The done-when: "shows the call within two seconds". timeBudget() reads the slowdown the page runner
    // sets in the browser, which Node never sees: the factor is read here as the kit reads it for the pages.
    const withinMs = 2000 * cpuSlowdown;
    assert.ok(seenAfterMs < withinMs, `shown after ${seenAfterMs} ms, over ${withinMs} ms`);
    await board
      .getByRole('status')
      .filter({ hasText: `Nomor antrean ${first}, silakan ke Loket 10.` })
      .waitFor();

    proxy.cut();
    await board.getByText('Koneksi ke sistem antrean terputus').waitFor({ timeout: timeBudget(30_000) });
    assert.ok(await counter.getByText(first).isVisible(), 'the last known call stays on the screen');
    await callNext();

    proxy.restore();
    await counter.getByText(second).waitFor({ timeout: timeBudget(30_000) });
    await board.getByText('Langsung').waitFor();
    const recent = await board.locator('[part="recent-call"] .recent__number').allInnerTexts();
    assert.deepEqual(recent.slice(0, 2), [second, first], 'the missed call, then the one before');
    assert.doesNotMatch(await board.innerText(), /Warga Papan|6281200000002|RSV-/, 'nothing of the person');
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
    await proxy.close();
  });
});
