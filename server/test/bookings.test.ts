import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Booking, BookingRequest } from '../../src/api/types.js';
import { makeClock } from '../../src/rules/index.js';
import { createBookings } from '../bookings.js';
import { createCatalogue } from '../catalogue.js';
import { catalogueStoreOf } from '../store/catalogue-open.js';
import { qrCodeOf } from '../qr.js';
import { createAttemptCap } from '../rate-limit.js';
import {
  book,
  booking,
  call,
  conforms,
  KTP,
  MONDAY_0800,
  nik,
  NOT_BOOKABLE,
  startServer,
  rowsOf,
  type Answer,
  type TestServer,
} from './helpers.js';
import { ENGINES } from './postgres.js';

for (const engine of ENGINES) {
  describe(`bookings, idempotency and the quota on ${engine}`, () => {
    describe('bookings', () => {
      let server: TestServer;
      before(async () => (server = await startServer({ engine })));
      after(() => server.close());

      it('books a place, answers with the contract shape, and keeps the NIK only as hash and last 4 digits', async () => {
        const res = await book(server.base, booking({ nik: nik(11), phone: '+6281200000011' }));
        assert.equal(res.status, 201);
        conforms(assert, '/bookings', 'post', res);
        assert.match(res.body.code, /^RSV-[2-9A-HJ-NP-Z]{8}$/);
        assert.equal(res.body.nikMasked, '************0011');
        assert.deepEqual(res.body.qr, qrCodeOf(res.body.code), 'the QR code is the booking code, drawn by the server');
        assert.equal(res.body.checkIn.opensAt, '2026-12-07T09:45:00+07:00');
        assert.equal(res.body.checkIn.closesAt, '2026-12-07T11:15:00+07:00');
        const row = (await rowsOf(server, 'SELECT * FROM bookings WHERE code = ?', res.body.code))[0];
        assert.ok(!Object.values(row).includes(nik(11)), 'no column holds the NIK in clear');
        assert.equal(row.nik_last4, '0011');
        assert.equal(row.nik_hash.length, 64);
      });

      it('answers a replayed Idempotency-Key with the first booking and makes no second row', async () => {
        const body = booking({ nik: nik(12) });
        const first = await book(server.base, body, 'replay-key-0001');
        const second = await book(server.base, body, 'replay-key-0001');
        assert.equal(first.status, 201);
        assert.equal(second.status, 201);
        assert.equal(second.body.code, first.body.code);
        const rows = (await rowsOf(server, 'SELECT COUNT(*) AS n FROM bookings WHERE nik_last4 = ?', '0012'))[0].n;
        assert.equal(rows, 1);
      });

      it('refuses a reused key with a different body', async () => {
        await book(server.base, booking({ nik: nik(13) }), 'reused-key-0001');
        const other = await book(server.base, booking({ nik: nik(14) }), 'reused-key-0001');
        assert.equal(other.status, 409);
        assert.equal(other.body.code, 'idempotency_key_reused');
      });

      it('requires an Idempotency-Key', async () => {
        const res = await call(server.base, 'POST', '/bookings', booking({ nik: nik(15) }));
        assert.equal(res.status, 400);
        assert.equal(res.body.code, 'idempotency_key_missing');
      });

      it('allows one active booking per NIK, service and day; after cancelling, another', async () => {
        const first = await book(server.base, booking({ nik: nik(16), sessionId: 's0800' }));
        const again = await book(server.base, booking({ nik: nik(16), sessionId: 's1300' }));
        assert.equal(again.status, 409);
        assert.equal(again.body.code, 'duplicate_booking');
        conforms(assert, '/bookings', 'post', again);
        const cancelled = await call(server.base, 'POST', `/bookings/${first.body.code}/cancel`, { nikLast4: '0016' });
        assert.equal(cancelled.status, 200);
        assert.equal(cancelled.body.status, 'cancelled');
        const after = await book(server.base, booking({ nik: nik(16), sessionId: 's1300' }));
        assert.equal(after.status, 201);
      });

      it('refuses days and sessions the rules close', async () => {
        const cases: [Partial<BookingRequest>, string | null][] = [
          [{ date: '2026-12-15' }, 'outside_window'], // today+8
          [{ date: '2026-12-06' }, 'outside_window'], // yesterday
          [{ date: '2026-12-12' }, 'day_closed'], // Saturday
          [{ sessionId: 's0800', date: '2026-12-07' }, null], // 08.00–09.00 still running at 08.00: allowed
          [{ serviceId: NOT_BOOKABLE }, 'service_not_bookable'],
        ];
        let serial = 20;
        for (const [overrides, code] of cases) {
          const res = await book(server.base, booking({ nik: nik(serial++), ...overrides }));
          if (code) {
            assert.equal(res.status, 409, JSON.stringify(overrides));
            assert.equal(res.body.code, code);
          } else {
            assert.equal(res.status, 201, JSON.stringify(res.body));
          }
        }
        server.setNow(Date.parse('2026-12-07T09:00:00+07:00'));
        const ended = await book(server.base, booking({ nik: nik(serial), sessionId: 's0800' }));
        assert.equal(ended.status, 409);
        assert.equal(ended.body.code, 'session_ended');
        server.setNow(MONDAY_0800);
      });

      it('refuses a booking on a holiday', async () => {
        const december = await startServer({ engine, now: Date.parse('2026-12-21T08:00:00+07:00') });
        try {
          const res = await book(december.base, booking({ date: '2026-12-25' }));
          assert.equal(res.status, 409);
          assert.equal(res.body.code, 'day_closed');
          assert.equal(res.body.detail, 'Kelahiran Yesus Kristus');
        } finally {
          await december.close();
        }
      });

      it('finds a booking by code and last 4 digits, and answers a wrong code and a wrong factor the same way', async () => {
        const made = await book(server.base, booking({ nik: nik(30), sessionId: 's1400' }));
        const found = await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0030' });
        assert.equal(found.status, 200);
        conforms(assert, '/bookings/lookup', 'post', found);
        assert.equal(found.body.queue.ahead, 0, 'on the day the booking carries the live queue');
        const wrongFactor = await call(server.base, 'POST', '/bookings/lookup', {
          code: made.body.code,
          nikLast4: '9999',
        });
        const wrongCode = await call(server.base, 'POST', '/bookings/lookup', {
          code: 'RSV-ZZZZZZZZ',
          nikLast4: '0030',
        });
        assert.equal(wrongFactor.status, 404);
        assert.deepEqual(wrongFactor.body, wrongCode.body);
      });

      it('reschedules atomically: a full session changes nothing, a free one moves the booking and frees the old place', async () => {
        const made = await book(server.base, booking({ nik: nik(40), date: '2026-12-08', sessionId: 's0800' }));
        // Fill 14.00 on 8 December.
        for (let i = 0; i < 10; i++)
          await book(server.base, booking({ nik: nik(100 + i), date: '2026-12-08', sessionId: 's1400' }));
        const full = await call(server.base, 'POST', `/bookings/${made.body.code}/reschedule`, {
          nikLast4: '0040',
          date: '2026-12-08',
          sessionId: 's1400',
        });
        assert.equal(full.status, 409);
        assert.equal(full.body.code, 'session_full');
        const unchanged = await call(server.base, 'POST', '/bookings/lookup', {
          code: made.body.code,
          nikLast4: '0040',
        });
        assert.equal(unchanged.body.session.id, 's0800');
        const before = await call(server.base, 'GET', `/services/${KTP}/availability?from=2026-12-08&days=1`);
        const remaining = (res: Answer, id: string) =>
          res.body.days[0].sessions.find((s: { id: string }) => s.id === id).remaining;
        const moved = await call(server.base, 'POST', `/bookings/${made.body.code}/reschedule`, {
          nikLast4: '0040',
          date: '2026-12-08',
          sessionId: 's0900',
        });
        assert.equal(moved.status, 200);
        conforms(assert, '/bookings/{code}/reschedule', 'post', moved);
        assert.equal(moved.body.code, made.body.code);
        assert.equal(moved.body.session.id, 's0900');
        const after = await call(server.base, 'GET', `/services/${KTP}/availability?from=2026-12-08&days=1`);
        assert.equal(remaining(after, 's0800'), remaining(before, 's0800') + 1);
        assert.equal(remaining(after, 's0900'), remaining(before, 's0900') - 1);
      });

      it('cancels once; a second cancel is refused', async () => {
        const made = await book(server.base, booking({ nik: nik(50) }));
        const first = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, { nikLast4: '0050' });
        conforms(assert, '/bookings/{code}/cancel', 'post', first);
        const second = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, { nikLast4: '0050' });
        assert.equal(second.status, 409);
        assert.equal(second.body.code, 'booking_not_active');
      });

      it('marks a booking expired once its check-in window has closed', async () => {
        const made = await book(server.base, booking({ nik: nik(60), sessionId: 's0800' }));
        server.setNow(Date.parse('2026-12-07T09:16:00+07:00'));
        const found = await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0060' });
        assert.equal(found.body.status, 'expired');
        server.setNow(MONDAY_0800);
      });
    });

    describe('the quota under concurrency', () => {
      it('200 simultaneous bookings for 10 places end with exactly 10 bookings and 190 clean 409s', async () => {
        const server = await startServer({ engine });
        try {
          const results = await Promise.all(
            Array.from({ length: 200 }, (_, i) =>
              book(
                server.base,
                booking({ nik: nik(1000 + i), date: '2026-12-09', sessionId: 's0900' }),
                `race-${i}-key`,
              ),
            ),
          );
          const statuses = results.map((r) => r.status);
          assert.equal(statuses.filter((s) => s === 201).length, 10);
          assert.equal(statuses.filter((s) => s === 409).length, 190);
          assert.ok(results.filter((r) => r.status === 409).every((r) => r.body.code === 'session_full'));
          const rows = (
            await rowsOf(
              server,
              `SELECT COUNT(*) AS n FROM bookings WHERE date = '2026-12-09' AND session_id = 's0900'`,
            )
          )[0].n;
          assert.equal(rows, 10);
        } finally {
          await server.close();
        }
      });
    });

    describe('bookings written together (one commit for the bookings that arrive at once)', () => {
      it('a booking refused in the batch rolls back alone; the others are kept', async () => {
        const server = await startServer({ engine });
        try {
          const results = await Promise.all([
            book(server.base, booking({ nik: nik(2001), date: '2026-12-10' }), 'batch-key-1'),
            book(
              server.base,
              booking({ nik: nik(2002), date: '2026-12-10', sessionId: 'no-such-session' }),
              'batch-key-2',
            ),
            book(server.base, booking({ nik: nik(2003), date: '2026-12-10' }), 'batch-key-3'),
          ]);
          assert.deepEqual(
            results.map((r) => r.status),
            [201, 422, 201],
          );
          const rows = await rowsOf(server, `SELECT nik_last4 FROM bookings WHERE date = '2026-12-10' ORDER BY 1`);
          assert.deepEqual(
            rows.map((r: { nik_last4: string }) => r.nik_last4),
            ['2001', '2003'],
          );
          const retried = await book(server.base, booking({ nik: nik(2002), date: '2026-12-10' }), 'batch-key-2');
          assert.equal(retried.status, 201, 'the refused request left no idempotency record behind');
        } finally {
          await server.close();
        }
      });

      it('the same key twice in one batch makes one booking, and both answers carry its code', async () => {
        const server = await startServer({ engine });
        try {
          // Called in the same turn of the event loop, both requests are certain to share a commit.
          const clock = makeClock(server.config.utcOffsetMinutes);
          const catalogue = await createCatalogue({
            store: server.store,
            catalogueStore: catalogueStoreOf(server.store),
            clock,
            config: server.config,
          });
          const bookings = createBookings({
            store: server.store,
            clock,
            config: server.config,
            catalogue,
            hashNik: server.hashNik,
            attemptCap: createAttemptCap(server.counters, 5, 60_000),
          });
          const body = booking({ nik: nik(2010), date: '2026-12-10' });
          const [a, b] = await Promise.all([
            bookings.create(body, 'twin-key-1', MONDAY_0800),
            bookings.create(body, 'twin-key-1', MONDAY_0800),
          ]);
          assert.equal(a.status, 201);
          assert.equal(b.status, 201);
          // SQLite commits both in one batch, first come first served; on PostgreSQL either may hold the key first.
          assert.equal([a, b].filter((r) => r.replayed).length, 1, 'exactly one answer is the replay');
          assert.equal((a.body as Booking).code, (b.body as Booking).code);
          const rows = (await rowsOf(server, `SELECT COUNT(*) AS n FROM bookings WHERE nik_last4 = '2010'`))[0].n;
          assert.equal(rows, 1);
        } finally {
          await server.close();
        }
      });
    });

    describe('requests the contract refuses', () => {
      let server: TestServer;
      before(async () => (server = await startServer({ engine, env: { MPP_MAX_BODY_BYTES: '2048' } })));
      after(() => server.close());
      const key = { 'Idempotency-Key': 'validation-key-1' };

      it('malformed JSON: 400', async () => {
        const res = await call(server.base, 'POST', '/bookings', '{"serviceId": ', key);
        assert.equal(res.status, 400);
        assert.equal(res.body.code, 'bad_request');
      });

      it('wrong types, missing and unknown fields: 422 with one error per field', async () => {
        const res = await call(
          server.base,
          'POST',
          '/bookings',
          { serviceId: KTP, date: 20261207, nik: 3172, admin: true },
          key,
        );
        assert.equal(res.status, 422);
        conforms(assert, '/bookings', 'post', res);
        const byField = Object.fromEntries(
          res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        );
        assert.equal(byField.date, 'type');
        assert.equal(byField.nik, 'type');
        assert.equal(byField.sessionId, 'required');
        assert.equal(byField.admin, 'unknown_field');
      });

      it('a NIK with an impossible birth date: 422 nik_birthdate, in Bahasa Indonesia', async () => {
        const res = await call(server.base, 'POST', '/bookings', booking({ nik: '2172013202850003' }), key);
        assert.equal(res.status, 422);
        assert.deepEqual(res.body.errors, [
          {
            field: 'nik',
            code: 'nik_birthdate',
            message: 'Tanggal lahir dalam NIK tidak valid. Periksa angka ke-7 sampai ke-12',
          },
        ]);
      });

      it('a huge body: 413', async () => {
        const res = await call(server.base, 'POST', '/bookings', booking({ name: 'x'.repeat(5000) }), key);
        assert.equal(res.status, 413);
        assert.equal(res.body.code, 'payload_too_large');
      });

      it('not JSON: 415', async () => {
        const res = await call(server.base, 'POST', '/bookings/lookup', 'code=RSV', {
          'Content-Type': 'application/x-www-form-urlencoded',
        });
        assert.equal(res.status, 415);
      });
    });

    describe('rate limits and CORS', () => {
      it('answers 429 with Retry-After past the look-up limit', async () => {
        const server = await startServer({ engine, env: { MPP_RATE_LIMIT_LOOKUP: '3' } });
        try {
          const attempt = () =>
            call(server.base, 'POST', '/bookings/lookup', { code: 'RSV-ZZZZZZZZ', nikLast4: '0000' });
          for (let i = 0; i < 3; i++) assert.equal((await attempt()).status, 404);
          const limited = await attempt();
          assert.equal(limited.status, 429);
          assert.equal(limited.body.code, 'rate_limited');
          assert.ok(Number(limited.headers.get('Retry-After')) > 0);
        } finally {
          await server.close();
        }
      });

      it('lets configured origins read answers and no others', async () => {
        const server = await startServer({ engine, env: { MPP_ALLOWED_ORIGINS: 'https://disdukcapil.example.go.id' } });
        try {
          const allowed = await call(server.base, 'GET', '/agencies', undefined, {
            Origin: 'https://disdukcapil.example.go.id',
          });
          assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://disdukcapil.example.go.id');
          // Another origin gets no data, and a problem it can read saying why (so its widget can say so).
          const other = await call(server.base, 'GET', '/agencies', undefined, { Origin: 'https://evil.example' });
          assert.equal(other.status, 403);
          assert.equal((other.body as { code: string }).code, 'origin_not_allowed');
          assert.equal(other.headers.get('Access-Control-Allow-Origin'), 'https://evil.example');
          assert.equal(other.headers.get('Access-Control-Allow-Credentials'), null);
          assert.ok(!JSON.stringify(other.body).includes('Disdukcapil'), 'no data in the refusal');
          // Its preflight passes, so the browser sends the request and reads the refusal; the booking is not made.
          const preflight = await call(server.base, 'OPTIONS', '/bookings', undefined, {
            Origin: 'https://evil.example',
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,idempotency-key',
          });
          assert.equal(preflight.status, 204);
          assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://evil.example');
          const refused = await call(server.base, 'POST', '/bookings', booking({ nik: nik(71) }), {
            Origin: 'https://evil.example',
            'Idempotency-Key': 'origin-refused-1',
          });
          assert.equal(refused.status, 403);
          assert.equal((refused.body as { code: string }).code, 'origin_not_allowed');
          const made = await call(server.base, 'POST', '/bookings', booking({ nik: nik(71) }), {
            'Idempotency-Key': 'origin-refused-2',
          });
          assert.equal(made.status, 201, 'the refused request booked nothing');
          // A same-origin request (the server's own pages) is the server's, whatever the list says: by its
          // Sec-Fetch-Site, or (browsers without it, Safari before 16.4) by its Origin on the server's own host.
          const own = await call(
            server.base,
            'POST',
            '/bookings/lookup',
            { code: 'RSV-AAAAAAAA', nikLast4: '0000' },
            {
              Origin: server.base.replace(/\/api\/v1$/, ''),
              'Sec-Fetch-Site': 'same-origin',
            },
          );
          assert.equal(own.status, 404);
          const ownOrigin = await call(
            server.base,
            'POST',
            '/bookings/lookup',
            { code: 'RSV-AAAAAAAA', nikLast4: '0000' },
            {
              Origin: new URL(server.base).origin,
            },
          );
          assert.equal(ownOrigin.status, 404);
        } finally {
          await server.close();
        }
      });
    });

    describe('durability', () => {
      it('keeps every booking across a restart', async () => {
        const first = await startServer({ engine });
        const made = await book(first.base, booking({ nik: nik(70) }));
        await first.close();
        const second = await startServer({ engine, database: first.path });
        try {
          const found = await call(second.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0070' });
          assert.equal(found.status, 200);
          assert.equal(found.body.code, made.body.code);
          const services = await call(second.base, 'GET', '/services');
          assert.equal(services.body.total, 67, 'not seeded twice');
        } finally {
          await second.close();
        }
      });
    });
  });
}
