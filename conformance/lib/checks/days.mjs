// The day states a booking page shows before a resident picks (issue 22 item 4): a full day says `full: true`,
// and agrees with its sessions' places, and none of its sessions can be booked; the window's day whose opening
// hour has not come says `open: false`, `reason.code: closed` with `reason.opensAt`, and cannot be booked yet.
import { Failure } from '../client.mjs';
import { newKey, newResident } from '../residents.mjs';
import { Skip, expect } from '../runner.mjs';
import { bookingBody, expectAnswer } from './answers.mjs';
import { addDays } from './booking-support.mjs';

/** A session a resident can still take: bookable and with a place. */
const hasPlace = (s) => s.bookable !== false && s.remaining > 0;

export function daysChecks({ check }, ctx) {
  const { call } = ctx.client;

  /** The service's days as availability answers them now (the booking checks change places later). */
  const daysNow = async () => {
    const answer = await call('getAvailability', { params: { serviceId: ctx.service.id }, query: { days: 31 } });
    return expectAnswer(ctx, answer, 200).json.days;
  };
  /** Tries to book `sessionId` on `date` for a new resident: the answer. */
  const tryBooking = (date, sessionId) =>
    call('createBooking', {
      headers: { 'Idempotency-Key': newKey() },
      body: bookingBody(newResident(), { serviceId: ctx.service.id, date, sessionId }),
    });

  check(
    'calendar.days-full',
    "each open day says `full`, true exactly when none of its sessions has a place; a full day's session: 409",
    async () => {
      const days = await daysNow();
      const today = days[0]?.date;
      for (const day of days.filter((d) => d.open)) {
        expect(typeof day.full === 'boolean', `${day.date} is open without \`full\``);
        const withPlace = day.sessions.find(hasPlace);
        if (day.full)
          expect(
            !withPlace,
            () => `${day.date} says full: true, but ${withPlace.id} has ${withPlace.remaining} places`,
          );
        // A later day's sessions are all still to come: with no place left, it is full (today's may have ended).
        else if (day.date > today)
          expect(withPlace, `${day.date} has no place left in any session but says full: false`);
      }
      const full = days.find((d) => d.open && d.full && d.sessions.length);
      if (!full) throw new Skip(`no full day in the window of ${ctx.service.id} (fill one to check it)`);
      const session = full.sessions[0];
      const answer = await tryBooking(full.date, session.id);
      if (answer.status === 201)
        throw new Failure(`${full.date} says full, but booking its session ${session.id} answered 201`);
      expectAnswer(ctx, answer, 409, 'session_full');
      return `${full.date} full, ${session.id} refused`;
    },
    { needs: ['calendar.availability'] },
  );

  check(
    'calendar.days-opening',
    'a window day whose opening hour has not come: open false, reason closed with opensAt, refused until then',
    async () => {
      const days = await daysNow();
      const today = days[0]?.date;
      const later = days.filter((d) => d.reason?.opensAt);
      if (!later.length)
        throw new Skip(`no day of ${ctx.service.id}'s window opens later (no opening hour, or it has passed)`);
      for (const day of later) {
        expect(!day.open, `${day.date} says open, with reason.opensAt ${day.reason.opensAt}`);
        expect(day.reason.code === 'closed', `${day.date} has opensAt with reason.code ${day.reason.code}, not closed`);
        expect(!day.sessions.length, `${day.date} is not open yet but lists ${day.sessions.length} sessions`);
        const at = day.reason.opensAt;
        expect(
          !Number.isNaN(Date.parse(at)) && /[+-]\d\d:\d\d$|Z$/.test(at),
          `${day.date}: opensAt "${at}" is not an instant with its offset`,
        );
        expect(
          at.slice(0, 10) >= today && at.slice(0, 10) < day.date,
          `${day.date} opens at ${at}: not between today (${today}) and the day itself`,
        );
      }
      // Booking it before the hour: a session of the same weekday a week earlier, refused as outside the window.
      const day = later[0];
      const sameWeekday = days.find((d) => d.date === addDays(day.date, -7) && d.sessions.length);
      if (!sameWeekday) return `${day.date} opens at ${day.reason.opensAt}`;
      const answer = await tryBooking(day.date, sameWeekday.sessions[0].id);
      if (answer.status === 201) throw new Failure(`${day.date} is not open yet, but a booking for it answered 201`);
      expectAnswer(ctx, answer, 409, 'outside_window');
      return `${day.date} opens at ${day.reason.opensAt}, a booking for it refused`;
    },
    { needs: ['calendar.availability'] },
  );
}
