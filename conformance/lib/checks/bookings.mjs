// Booking: create, idempotent retries, every documented refusal, the race for the last place, reschedule and
// cancel, the look-up, and the same answer for an unknown code as for a wrong second factor.
import { Failure } from '../client.mjs';
import { newKey, newResident } from '../residents.mjs';
import { Skip, expect } from '../runner.mjs';
import { bookingBody, expectAnswer, expectFieldError } from './answers.mjs';

/** A calendar day `n` days from `date` (YYYY-MM-DD). */
const addDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The last 4 digits of a NIK: the second factor. */
const last4 = (nik) => nik.slice(-4);
/** Another 4 digits than `digits`. */
const otherLast4 = (digits) => String((Number(digits) + 5000) % 10000).padStart(4, '0');

/** A code of the same shape as `code` that is not `code`: its last part rotated (a pattern cannot tell). */
function lookalike(code, isCode) {
  const cut = code.lastIndexOf('-') + 1;
  const head = code.slice(0, cut);
  const tail = code.slice(cut);
  for (let i = 1; i < tail.length; i++) {
    const candidate = head + tail.slice(i) + tail.slice(0, i);
    if (candidate !== code && isCode(candidate)) return candidate;
  }
  return undefined;
}

export function bookingChecks({ check }, ctx) {
  const { call } = ctx.client;
  const key = (k) => ({ 'Idempotency-Key': k });

  /** The places left in a session, as availability tells them. */
  async function remaining({ date, id }) {
    const answer = await call('getAvailability', {
      params: { serviceId: ctx.service.id },
      query: { from: date, days: 1 },
    });
    expectAnswer(ctx, answer, 200);
    const session = answer.json.days[0]?.sessions.find((s) => s.id === id);
    if (!session) throw new Failure(`availability of ${date} no longer lists session ${id}`);
    return session.remaining;
  }

  const book = (resident, session, k = newKey(), extra = {}) =>
    call('createBooking', {
      headers: key(k),
      body: bookingBody(resident, { serviceId: ctx.service.id, date: session.date, sessionId: session.id }),
      ...extra,
    });

  /** Fails when an answer about a booking carries the resident's full NIK or phone number. */
  const noPersonalData = (answer, resident) => {
    expect(!answer.text.includes(resident.nik), `${answer.op.path}: the answer carries the full NIK`);
    expect(!answer.text.includes(resident.phone.slice(3)), `${answer.op.path}: the answer carries the phone number`);
    const cache = (answer.headers.get('cache-control') ?? '').toLowerCase();
    expect(
      /no-store|private/.test(cache),
      `${answer.op.path}: an answer with personal data may be cached (Cache-Control: ${cache || 'none'})`,
    );
  };

  check(
    'booking.create',
    'POST /bookings books a place: 201, the session asked for, one place fewer, no NIK or phone in the answer',
    async () => {
      // Sessions for the checks: the main booking's, the reschedule target, and the one raced for (fewest left).
      const [first, ...others] = ctx.openSessions;
      const second = others.find((s) => s.date === first.date) ?? others[0];
      const rest = others.filter((s) => s !== second).sort((a, b) => a.remaining - b.remaining);
      ctx.sessions = { main: first, target: second, race: rest[0] };
      const resident = newResident();
      const before = await remaining(first);
      const k = newKey();
      const answer = expectAnswer(ctx, await book(resident, first, k), 201);
      const b = answer.json;
      expect(
        b.serviceId === ctx.service.id && b.date === first.date && b.session.id === first.id,
        () => `booked ${b.serviceId} ${b.date} ${b.session.id}, asked ${ctx.service.id} ${first.date} ${first.id}`,
      );
      expect(b.status === 'booked', `a new booking's status is ${b.status}, not booked`);
      noPersonalData(answer, resident);
      const after = await remaining(first);
      expect(after === before - 1, `places left went from ${before} to ${after}, not ${before - 1}`);
      ctx.main = { resident, key: k, booking: b, text: answer.text, placesAfter: after };
      return `${b.code} in ${first.date} ${first.id}`;
    },
    { needs: ['calendar.availability'] },
  );

  check(
    'booking.idempotent-retry',
    'the same Idempotency-Key and body again: the same 201 and booking, and no second place taken',
    async () => {
      const { resident, key: k, booking } = ctx.main;
      const answer = expectAnswer(ctx, await book(resident, ctx.sessions.main, k), 201);
      expect(answer.json.code === booking.code, `the retry answered booking ${answer.json.code}, not ${booking.code}`);
      expect(
        JSON.stringify(answer.json) === JSON.stringify(JSON.parse(ctx.main.text)),
        'the retry answered another body than the first answer',
      );
      const after = await remaining(ctx.sessions.main);
      expect(after === ctx.main.placesAfter, `the retry took a place: ${ctx.main.placesAfter} left became ${after}`);
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.idempotency-key-reused',
    'the same Idempotency-Key with another body: 409 idempotency_key_reused',
    async () => {
      const answer = await book(newResident(), ctx.sessions.main, ctx.main.key);
      expectAnswer(ctx, answer, 409, 'idempotency_key_reused');
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.idempotency-key-missing',
    'POST /bookings without Idempotency-Key: 400 idempotency_key_missing',
    async () => {
      const body = bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) });
      expectAnswer(ctx, await call('createBooking', { body }), 400, 'idempotency_key_missing');
    },
    { needs: ['booking.create'] },
  );

  const sessionRef = (s) => ({ date: s.date, sessionId: s.id });

  check(
    'booking.field-errors',
    'POST /bookings with a bad field: 422 naming it (nik too short, NIK province 00, an unknown field, a bad date)',
    async () => {
      const base = bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) });
      const cases = [
        [{ ...base, nik: '123' }, 'nik'],
        [{ ...base, nik: `00${base.nik.slice(2)}` }, 'nik'],
        [{ ...base, conformanceExtra: 1 }, 'conformanceExtra'],
        [{ ...base, date: '2026-13-40' }, 'date'],
        [{ ...base, phone: '12345' }, 'phone'],
      ];
      for (const [body, field] of cases)
        expectFieldError(ctx, await call('createBooking', { headers: key(newKey()), body }), field);
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.duplicate',
    'the same NIK again for the service that day: 409 duplicate_booking',
    async () => {
      expectAnswer(ctx, await book(ctx.main.resident, ctx.sessions.main), 409, 'duplicate_booking');
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.day-closed',
    'a weekend or holiday inside the booking window: 409 day_closed',
    async () => {
      const lastOpen = ctx.openSessions.at(-1).date;
      const closed = ctx.days.find(
        (d) =>
          !d.open &&
          d.date > ctx.today &&
          d.date < lastOpen &&
          ['weekend', 'holiday', 'cuti_bersama'].includes(d.reason?.code),
      );
      if (!closed) throw new Skip('no closed day inside the booking window to try');
      const answer = await book(newResident(), { date: closed.date, id: ctx.sessions.main.id });
      expectAnswer(ctx, answer, 409, 'day_closed');
      return `${closed.date} (${closed.reason.code})`;
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.outside-window',
    'yesterday, and a day a year ahead: 409 outside_window',
    async () => {
      for (const date of [addDays(ctx.today, -1), addDays(ctx.today, 366)]) {
        const answer = await book(newResident(), { date, id: ctx.sessions.main.id });
        expectAnswer(ctx, answer, 409, 'outside_window');
      }
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.not-bookable',
    'a service that takes no online booking: 409 service_not_bookable',
    async () => {
      const service = ctx.services.find((s) => !s.bookable);
      if (!service) throw new Skip('every service in the catalogue is bookable');
      const body = bookingBody(newResident(), { serviceId: service.id, ...sessionRef(ctx.sessions.main) });
      const answer = await call('createBooking', { headers: key(newKey()), body });
      expectAnswer(ctx, answer, 409, 'service_not_bookable');
      return service.id;
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.media-types',
    'POST /bookings as text/plain: 415; with broken JSON: 400 bad_request; with 1 MiB: 413',
    async () => {
      const body = JSON.stringify(
        bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) }),
      );
      const plain = await call('createBooking', {
        headers: { ...key(newKey()), 'Content-Type': 'text/plain' },
        raw: body,
      });
      expectAnswer(ctx, plain, 415, 'unsupported_media_type');
      const broken = await call('createBooking', {
        headers: { ...key(newKey()), 'Content-Type': 'application/json' },
        raw: body.slice(0, -5),
      });
      expectAnswer(ctx, broken, 400, 'bad_request');
      const huge = await call('createBooking', {
        headers: { ...key(newKey()), 'Content-Type': 'application/json' },
        raw: `{"name":"${'x'.repeat(1024 * 1024)}"}`,
        alone: true,
      });
      expectAnswer(ctx, huge, 413, 'payload_too_large');
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.race',
    'N residents book the last place at once: exactly one 201, the others 409 session_full',
    async () => {
      const session = ctx.sessions.race;
      if (!session) throw new Skip('no third open session to race for');
      let left = await remaining(session);
      // Take all places but one, one resident each (the implementation's limits may slow this down).
      while (left > 1) {
        expectAnswer(ctx, await book(newResident(), session), 201);
        left = await remaining(session);
      }
      expect(left === 1, `${session.date} ${session.id} has ${left} places left before the race, not 1`);
      const racers = ctx.options.racers;
      const answers = await Promise.all(Array.from({ length: racers }, () => book(newResident(), session)));
      const won = answers.filter((a) => a.status === 201);
      expect(won.length === 1, `${won.length} of ${racers} concurrent bookings for the last place answered 201`);
      for (const a of answers) expectAnswer(ctx, a, [201, 409], a.status === 409 ? 'session_full' : undefined);
      const after = await remaining(session);
      expect(after === 0, `after the race ${after} places are left, not 0`);
      // And the next one is refused the same way.
      expectAnswer(ctx, await book(newResident(), session), 409, 'session_full');
      return `${racers} racers, 1 booked, ${session.date} ${session.id} full`;
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.reschedule-full',
    'rescheduling into a full session: 409 session_full, and the booking stays where it was',
    async () => {
      const { booking, resident } = ctx.main;
      const answer = await call('rescheduleBooking', {
        params: { code: booking.code },
        body: { nikLast4: last4(resident.nik), ...sessionRef(ctx.sessions.race) },
      });
      expectAnswer(ctx, answer, 409, 'session_full');
      const look = await call('lookupBooking', { body: { code: booking.code, nikLast4: last4(resident.nik) } });
      expectAnswer(ctx, look, 200);
      expect(
        look.json.session.id === ctx.sessions.main.id,
        `the refused reschedule moved the booking to ${look.json.session.id}`,
      );
    },
    { needs: ['booking.race'] },
  );

  check(
    'booking.reschedule',
    'POST /bookings/{code}/reschedule moves the booking (same code); the old place comes back, the new one is taken',
    async () => {
      const { booking, resident } = ctx.main;
      const { main, target } = ctx.sessions;
      const [oldBefore, newBefore] = [await remaining(main), await remaining(target)];
      const answer = await call('rescheduleBooking', {
        params: { code: booking.code },
        body: { nikLast4: last4(resident.nik), ...sessionRef(target) },
      });
      expectAnswer(ctx, answer, 200);
      noPersonalData(answer, resident);
      expect(answer.json.code === booking.code, `the code changed to ${answer.json.code}`);
      expect(answer.json.session.id === target.id && answer.json.date === target.date, 'the booking did not move');
      const [oldAfter, newAfter] = [await remaining(main), await remaining(target)];
      expect(oldAfter === oldBefore + 1, `the old session's places went ${oldBefore} → ${oldAfter}`);
      expect(newAfter === newBefore - 1, `the new session's places went ${newBefore} → ${newAfter}`);
      return `${target.date} ${target.id}`;
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.reschedule-errors',
    'reschedule with a wrong second factor: 404 not_found; with a bad field: 422 naming it',
    async () => {
      const { booking, resident } = ctx.main;
      const params = { code: booking.code };
      const wrong = await call('rescheduleBooking', {
        params,
        body: { nikLast4: otherLast4(last4(resident.nik)), ...sessionRef(ctx.sessions.target) },
      });
      expectAnswer(ctx, wrong, 404, 'not_found');
      const bad = await call('rescheduleBooking', {
        params,
        body: { nikLast4: last4(resident.nik), date: '2026-12-07' },
      });
      expectFieldError(ctx, bad, 'sessionId');
    },
    { needs: ['booking.create'] },
  );

  check(
    'lookup.booking',
    'POST /bookings/lookup with the code and the last 4 NIK digits answers the booking',
    async () => {
      const { booking, resident } = ctx.main;
      const answer = await call('lookupBooking', { body: { code: booking.code, nikLast4: last4(resident.nik) } });
      expectAnswer(ctx, answer, 200);
      noPersonalData(answer, resident);
      expect(answer.json.code === booking.code, `asked ${booking.code}, got ${answer.json.code}`);
    },
    { needs: ['booking.create'] },
  );

  check(
    'lookup.field-errors',
    'POST /bookings/lookup with nikLast4 "12a4" or no code: 422 naming the field',
    async () => {
      const code = ctx.main?.booking.code ?? 'RSV-22222222';
      expectFieldError(ctx, await call('lookupBooking', { body: { code, nikLast4: '12a4' } }), 'nikLast4');
      expectFieldError(ctx, await call('lookupBooking', { body: { nikLast4: '1234' } }), 'code');
    },
  );

  check(
    'lookup.uniform',
    'an unknown code and a wrong second factor get the same answer (status, headers that matter, body)',
    async () => {
      const { booking, resident } = ctx.main;
      const unknown = lookalike(booking.code, (c) => ctx.contract.schema('BookingCode')(c));
      if (!unknown) throw new Skip(`no code of the shape of ${booking.code} to try`);
      const a = await call('lookupBooking', { body: { code: unknown, nikLast4: last4(resident.nik) } });
      const b = await call('lookupBooking', {
        body: { code: booking.code, nikLast4: otherLast4(last4(resident.nik)) },
      });
      expectAnswer(ctx, a, 404, 'not_found');
      expectAnswer(ctx, b, 404, 'not_found');
      sameAnswer(a, b, 'an unknown code', 'a wrong second factor');
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.cancel-errors',
    'cancel with a wrong second factor: 404 not_found; with nikLast4 "abc": 422 naming it',
    async () => {
      const { booking, resident } = ctx.main;
      const params = { code: booking.code };
      const wrong = await call('cancelBooking', { params, body: { nikLast4: otherLast4(last4(resident.nik)) } });
      expectAnswer(ctx, wrong, 404, 'not_found');
      expectFieldError(ctx, await call('cancelBooking', { params, body: { nikLast4: 'abc' } }), 'nikLast4');
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.cancel',
    'POST /bookings/{code}/cancel cancels and gives the place back; again: 409 booking_not_active',
    async () => {
      const { booking, resident } = ctx.main;
      const look = await call('lookupBooking', { body: { code: booking.code, nikLast4: last4(resident.nik) } });
      expectAnswer(ctx, look, 200);
      const where = { date: look.json.date, id: look.json.session.id };
      const before = await remaining(where);
      const params = { code: booking.code };
      const answer = await call('cancelBooking', { params, body: { nikLast4: last4(resident.nik) } });
      expectAnswer(ctx, answer, 200);
      expect(answer.json.status === 'cancelled', `a cancelled booking's status is ${answer.json.status}`);
      const after = await remaining(where);
      expect(after === before + 1, `places left went ${before} → ${after} on cancelling`);
      const again = await call('cancelBooking', { params, body: { nikLast4: last4(resident.nik) } });
      expectAnswer(ctx, again, 409, 'booking_not_active');
      const move = await call('rescheduleBooking', {
        params,
        body: { nikLast4: last4(resident.nik), ...sessionRef(ctx.sessions.main) },
      });
      expectAnswer(ctx, move, 409, 'booking_not_active');
    },
    { needs: ['booking.create'] },
  );
}

/** Fails unless two refusals are indistinguishable to the client (the body and the headers a client reads). */
export function sameAnswer(a, b, what, other) {
  const strip = (answer) => {
    const { instance: _instance, ...rest } = answer.json ?? {};
    return JSON.stringify(rest);
  };
  expect(a.status === b.status, `${what} answers ${a.status}, ${other} ${b.status}`);
  for (const header of ['content-type', 'retry-after', 'www-authenticate'])
    expect(
      a.headers.get(header) === b.headers.get(header),
      `${what} and ${other} differ in ${header}: ${a.headers.get(header)} vs ${b.headers.get(header)}`,
    );
  expect(strip(a) === strip(b), `${what} answers ${strip(a)}, ${other} ${strip(b)}`);
}
