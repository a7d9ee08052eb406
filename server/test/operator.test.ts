import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { book, booking, call, conforms, nik, startServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { serverWithAdmin } from './staff-helpers.js';

for (const engine of ENGINES) {
  describe(`the operator side on ${engine}`, () => {
    describe('operator side and the live queue', () => {
      const kit = serverWithAdmin(engine);

      it('refuses operator actions without a session or a valid API key', async () => {
        const res = await call(kit.server.base, 'POST', '/operator/bookings/RSV-ZZZZZZZZ/check-in', undefined, {
          Authorization: 'Bearer wrong',
        });
        assert.equal(res.status, 401);
        assert.equal(res.body.code, 'unauthorized');
      });

      it('checks in only inside the window, gives queue numbers in order, and calls them to counters', async () => {
        const later = await book(kit.server.base, booking({ nik: nik(1), sessionId: 's1000' }));
        const tooEarly = await kit.admin.call('POST', `/operator/bookings/${later.body.code}/check-in`);
        assert.equal(tooEarly.status, 409);
        assert.equal(tooEarly.body.code, 'check_in_closed');

        const a = await book(kit.server.base, booking({ nik: nik(2), sessionId: 's0800' }));
        const b = await book(kit.server.base, booking({ nik: nik(3), sessionId: 's0800' }));
        const inA = await kit.admin.call('POST', `/operator/bookings/${a.body.code}/check-in`);
        const inB = await kit.admin.call('POST', `/operator/bookings/${b.body.code}/check-in`);
        conforms(assert, '/operator/bookings/{code}/check-in', 'post', inA);
        assert.equal(inA.body.status, 'checked_in');
        assert.equal(inA.body.queue.number, 'D-001');
        assert.equal(inB.body.queue.number, 'D-002');
        assert.equal(inB.body.queue.ahead, 1);

        const called = await kit.admin.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
        assert.equal(called.status, 200);
        conforms(assert, '/operator/queues/{agencyId}/call-next', 'post', called);
        assert.equal(called.body.counters[0].nowServing, 'D-001');
        assert.equal(called.body.waiting, 1);

        const seenByB = await call(kit.server.base, 'POST', '/bookings/lookup', {
          code: b.body.code,
          nikLast4: '0003',
        });
        assert.equal(seenByB.body.queue.ahead, 0);
        assert.equal(seenByB.body.queue.counters[0].nowServing, 'D-001');

        const next = await kit.admin.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
        assert.equal(next.body.counters[0].nowServing, 'D-002');
        const doneA = await call(kit.server.base, 'POST', '/bookings/lookup', { code: a.body.code, nikLast4: '0002' });
        assert.equal(doneA.body.status, 'done');

        const queue = await call(kit.server.base, 'GET', '/queues/disdukcapil');
        conforms(assert, '/queues/{agencyId}', 'get', queue);
        assert.equal(queue.body.waiting, 0);
      });

      it('refuses an unknown counter with a field error', async () => {
        const res = await kit.admin.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-99' });
        assert.equal(res.status, 422);
        assert.equal(res.body.errors[0].field, 'counterId');
      });
    });

    describe('applications', () => {
      const kit = serverWithAdmin(engine);

      it('finds an application by number and the last 4 digits of the NIK, and nothing with a wrong factor', async () => {
        const found = await call(kit.server.base, 'POST', '/applications/lookup', {
          number: 'PMH-2026-000123',
          verifier: '0003',
        });
        assert.equal(found.status, 200);
        conforms(assert, '/applications/lookup', 'post', found);
        assert.equal(found.body.steps.find((s: { status: string }) => s.status === 'current').id, 'verification');
        const wrong = await call(kit.server.base, 'POST', '/applications/lookup', {
          number: 'PMH-2026-000123',
          verifier: '1234',
        });
        const missing = await call(kit.server.base, 'POST', '/applications/lookup', {
          number: 'PMH-2026-999999',
          verifier: '0003',
        });
        assert.equal(wrong.status, 404);
        assert.deepEqual(wrong.body, missing.body);
      });

      it('shows overdue and rejected applications plainly', async () => {
        const overdue = await call(kit.server.base, 'POST', '/applications/lookup', {
          number: 'PMH-2026-000125',
          verifier: '0003',
        });
        assert.equal(overdue.body.overdue, true);
        const rejected = await call(kit.server.base, 'POST', '/applications/lookup', {
          number: 'PMH-2026-000124',
          verifier: '0003',
        });
        assert.equal(rejected.body.status, 'rejected');
        assert.match(rejected.body.rejectionReason, /STR/);
      });

      it('moves an application through its steps to ready, then refuses changes once closed', async () => {
        const advance = (body: object) =>
          kit.admin.call('POST', '/operator/applications/PMH-2026-000123/advance', body);
        let res = await advance({ action: 'advance' });
        conforms(assert, '/operator/applications/{number}/advance', 'post', res);
        assert.equal(res.body.steps.find((s: { status: string }) => s.status === 'current').id, 'approval');
        res = await advance({ action: 'advance' });
        assert.equal(res.body.steps.find((s: { status: string }) => s.status === 'current').id, 'issued');
        res = await advance({ action: 'advance' });
        assert.equal(res.body.status, 'ready');
        assert.ok(res.body.collection.place);
        res = await advance({ action: 'advance' });
        assert.equal(res.body.status, 'completed');
        res = await advance({ action: 'reject', note: 'terlambat' });
        assert.equal(res.status, 409);
        assert.equal(res.body.code, 'application_closed');
      });

      it('pauses an application waiting for the resident, never overdue then, and resumes it with the deadline moved on', async () => {
        const number = 'PMH-2026-000127'; // paused Thursday 3 December 10.30, due Sunday 6 December
        const change = (body: object) => kit.admin.call('POST', `/operator/applications/${number}/advance`, body);
        const look = () => call(kit.server.base, 'POST', '/lookup', { code: number, verifier: '0003' });
        let seen = await look();
        conforms(assert, '/lookup', 'post', seen);
        assert.equal(seen.body.pause.since, '2026-12-03T10:30:00+07:00');
        assert.match(seen.body.pause.reason, /surat keterangan sehat/);
        assert.equal(seen.body.overdue, false, 'past its deadline, but waiting for the resident');

        let res = await change({ action: 'advance' });
        assert.equal(res.status, 409);
        conforms(assert, '/operator/applications/{number}/advance', 'post', res);
        assert.equal(res.body.code, 'application_paused');

        // Resumed on Monday 7 December: paused Thursday and Friday, two working days, so due Tuesday 8 December.
        res = await change({ action: 'resume' });
        assert.equal(res.status, 200);
        conforms(assert, '/operator/applications/{number}/advance', 'post', res);
        assert.equal(res.body.pause, undefined);
        assert.equal(res.body.deadline, '2026-12-08');
        seen = await look();
        assert.equal(seen.body.deadline, '2026-12-08');
        assert.equal(seen.body.overdue, false);

        res = await change({ action: 'resume' });
        assert.equal(res.body.code, 'application_not_paused');
        res = await change({ action: 'pause', note: '  ' });
        assert.equal(res.status, 422);
        assert.equal(res.body.errors[0].field, 'note');
        res = await change({ action: 'pause', note: 'Bayar retribusi di Loket 5.' });
        assert.deepEqual(res.body.pause, { since: '2026-12-07T08:00:00+07:00', reason: 'Bayar retribusi di Loket 5.' });
      });

      it('rejects with the reason the resident will read', async () => {
        const res = await kit.admin.call('POST', '/operator/applications/PMH-2026-000125/advance', {
          action: 'reject',
          note: 'Foto tidak sesuai ketentuan',
        });
        assert.equal(res.body.status, 'rejected');
        assert.equal(res.body.rejectionReason, 'Foto tidak sesuai ketentuan');
      });
    });

    describe('logs', () => {
      it('write one line per request without any personal data', async () => {
        const lines: string[] = [];
        const original = console.log;
        console.log = (line) => lines.push(String(line));
        const server = await startServer({ engine, env: { MPP_LOG: '1' } });
        try {
          const made = await book(
            server.base,
            booking({ nik: nik(4321), name: 'Rahasia Sekali', phone: '+6281298765432' }),
          );
          await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '4321' });
        } finally {
          console.log = original;
          await server.close();
        }
        assert.ok(lines.length >= 2);
        const all = lines.join('\n');
        for (const secret of [nik(4321), 'Rahasia', '81298765432', '4321'])
          assert.ok(!all.includes(secret), `log leaks ${secret}`);
        assert.equal(JSON.parse(lines[0]).path, '/api/v1/bookings');
      });
    });
  });
}
