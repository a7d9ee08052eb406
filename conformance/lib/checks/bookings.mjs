// Booking: create, idempotent retries, every documented refusal, the race for the last place.
import { Failure } from '../client.mjs';
import { newKey, newResident } from '../residents.mjs';
import { Skip, expect } from '../runner.mjs';
import { bookingBody, expectAnswer, expectFieldError } from './answers.mjs';
import { addDays, bookingTools, sessionRef } from './booking-support.mjs';

export function bookingChecks({ check }, ctx) {
  const { call } = ctx.client;
  const { key, remaining, book, noPersonalData } = bookingTools(ctx);

  check(
    'booking.create',
    'POST /bookings books a place: 201, the session asked for, one place fewer, no NIK or phone in the answer',
    async () => {
      // Sessions for the checks: the main booking's; a second with 3 places (a retried booking, the operator's
      // booking, the main one moved there), on the same day when it can be; and the one raced for (fewest left).
      const [first, ...others] = ctx.openSessions;
      const roomy = others.filter((s) => s.remaining >= 3);
      const second = roomy.find((s) => s.date === first.date) ?? roomy[0];
      if (!second) throw new Skip(`no second open session of ${ctx.service.id} with 3 places left`);
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
    'booking.idempotent-concurrent',
    'one booking attempt sent N times at once (a retry racing the original): one booking, the same 201 to each',
    async () => {
      const session = ctx.sessions.target;
      const before = await remaining(session);
      const resident = newResident();
      const k = newKey();
      const tries = ctx.options.racers;
      const answers = await Promise.all(Array.from({ length: tries }, () => book(resident, session, k)));
      for (const a of answers) expectAnswer(ctx, a, 201);
      const codes = new Set(answers.map((a) => a.json.code));
      expect(codes.size === 1, `${tries} tries with one key made ${codes.size} bookings: ${[...codes].join(', ')}`);
      const after = await remaining(session);
      expect(after === before - 1, `${tries} tries with one key took ${before - after} places`);
      return `${tries} tries, 1 booking`;
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
    'POST /bookings without Idempotency-Key, or with one off its pattern (7 characters, 129, a space inside): 400 idempotency_key_missing',
    async () => {
      const body = () => bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) });
      expectAnswer(ctx, await call('createBooking', { body: body() }), 400, 'idempotency_key_missing');
      // The contract's pattern: 8–128 visible ASCII characters. A trailing space or tab is not tried: it may be
      // trimmed on the way, leaving a good key.
      for (const k of ['short-7', 'k'.repeat(129), 'conformance key with spaces']) {
        const answer = await call('createBooking', { headers: key(k), body: body() });
        const shown = k.length > 40 ? `of ${k.length} characters` : `"${k}"`;
        try {
          expectAnswer(ctx, answer, 400, 'idempotency_key_missing');
        } catch (error) {
          throw new Failure(`Idempotency-Key ${shown} (off its pattern): ${error.message.replace(/^[^:]*: /, '')}`);
        }
      }
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.field-errors',
    'POST /bookings with a bad field: 422 naming it (nik too short; NIK province 00, birth date 32/01 or month 13, serial 0000 with their codes; an unknown field; a bad date; a bad phone; e-mail a@localhost)',
    async () => {
      const base = bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) });
      const nik = base.nik;
      const cases = [
        [{ ...base, nik: '123' }, 'nik'],
        [{ ...base, nik: `00${nik.slice(2)}` }, 'nik', 'nik_province'],
        // Digits 7–12 are the birth date DDMMYY (40 added to the day for women): day 32, then month 13.
        [{ ...base, nik: `${nik.slice(0, 6)}3201${nik.slice(10)}` }, 'nik', 'nik_birthdate'],
        [{ ...base, nik: `${nik.slice(0, 6)}0113${nik.slice(10)}` }, 'nik', 'nik_birthdate'],
        [{ ...base, nik: `${nik.slice(0, 12)}0000` }, 'nik', 'nik_serial'],
        [{ ...base, conformanceExtra: 1 }, 'conformanceExtra'],
        [{ ...base, date: '2026-13-40' }, 'date'],
        [{ ...base, phone: '12345' }, 'phone'],
        // `format: email` alone admits a host without a dot; the contract's pattern asks for a dotted domain.
        [{ ...base, email: 'a@localhost' }, 'email'],
      ];
      for (const [body, field, code] of cases) {
        const sent = field === 'nik' ? `NIK ${body.nik}` : `${field} ${JSON.stringify(body[field])}`;
        let answer;
        try {
          answer = expectFieldError(ctx, await call('createBooking', { headers: key(newKey()), body }), field);
        } catch (error) {
          throw new Failure(`${sent}: ${error.message.replace(/^[^:]*: /, '')}`);
        }
        const said = answer.json.errors.find((e) => e.field === field).code;
        expect(!code || said === code, `${sent}: refused with ${said}, not ${code}`);
      }
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.name-characters',
    'POST /bookings with a name of 60 emoji: 201 (the contract’s maxLength 100 counts characters, not UTF-16 units)',
    async () => {
      const used = new Set(Object.values(ctx.sessions));
      const session = ctx.openSessions.find((s) => !used.has(s) && s.remaining > 0);
      if (!session) throw new Skip(`no fourth open session of ${ctx.service.id} to book in`);
      const resident = { ...newResident(), name: '😀'.repeat(60) };
      const answer = await book(resident, session);
      if (answer.status === 422) {
        const errors = (answer.json?.errors ?? []).map((e) => `${e.field} ${e.code}`).join(', ');
        throw new Failure(`a name of 60 emoji (60 characters, 120 UTF-16 units) was refused: 422 ${errors}`);
      }
      expectAnswer(ctx, answer, 201);
      return `${answer.json.code} in ${session.date} ${session.id}`;
    },
    { needs: ['booking.create'] },
  );

  check(
    'booking.extra-fields',
    'a service’s own booking fields (`bookingFields`): left out, 422 naming fields.<id>; answered, 201 without the value; a field the service does not ask for, 422 field_unknown',
    async () => {
      const codes = ['field_required', 'field_length', 'field_format', 'field_choice', 'field_unknown'];
      const fieldError = (answer, field) => {
        expectFieldError(ctx, answer, field);
        const code = answer.json.errors.find((e) => e.field === field).code;
        expect(codes.includes(code), `${field} was refused with ${code}, not one of ${codes.join(', ')}`);
      };
      const main = bookingBody(newResident(), { serviceId: ctx.service.id, ...sessionRef(ctx.sessions.main) });
      const asked = new Set((ctx.service.bookingFields ?? []).map((f) => f.id));
      if (!asked.has('conformance_x'))
        fieldError(
          await call('createBooking', { headers: key(newKey()), body: { ...main, fields: { conformance_x: 'x' } } }),
          'fields.conformance_x',
        );
      const service = ctx.services.find((s) => s.bookable && s.bookingFields?.some((f) => f.required));
      if (!service)
        throw new Skip('no bookable service declares a required booking field (the unknown field was checked)');
      const days = expectAnswer(
        ctx,
        await call('getAvailability', { params: { serviceId: service.id }, query: { days: 31 } }),
        200,
      ).json.days;
      const session = days
        .flatMap((d) => d.sessions.map((s) => ({ ...s, date: d.date })))
        .find((s) => s.remaining > 0 && s.bookable !== false);
      if (!session) throw new Skip(`${service.id} has no open session to book`);
      const body = bookingBody(newResident(), { serviceId: service.id, ...sessionRef(session) });
      const required = service.bookingFields.find((f) => f.required);
      fieldError(await call('createBooking', { headers: key(newKey()), body }), `fields.${required.id}`);
      // An answer every declaration takes: the first choice, or characters of the format at the least length.
      const answerTo = (f) =>
        f.choices
          ? f.choices[0].value
          : f.format === 'vehicle_plate'
            ? 'BP 1234 AB'
            : (f.format === 'digits' ? '7' : 'a').repeat(Math.max(f.minLength ?? 1, 1));
      const fields = Object.fromEntries(service.bookingFields.map((f) => [f.id, answerTo(f)]));
      const booked = expectAnswer(
        ctx,
        await call('createBooking', { headers: key(newKey()), body: { ...body, fields } }),
        201,
      );
      const values = Object.values(fields).filter((v) => v.length >= 4);
      expect(
        values.every((v) => !booked.text.includes(v)),
        'the booking answers a value of the service’s own fields back (personal data stays in the request)',
      );
      return `${service.id}: ${service.bookingFields.map((f) => f.id).join(', ')}`;
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
      // The window ends at its last open day, or at the day that opens later today (its opening hour to come).
      const lastOpen = [ctx.openSessions.at(-1).date, ...ctx.days.filter((d) => d.reason?.opensAt).map((d) => d.date)]
        .sort()
        .at(-1);
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
}
