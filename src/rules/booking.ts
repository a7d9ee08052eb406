/**
 * Booking rules: the booking window, open days (weekends, national holidays, cuti bersama), the weekly sessions
 * with the Friday prayer break, quotas, one active booking per person, service and day, booking codes and the
 * second factor. Pure functions: the caller passes the time and the facts (holidays, places taken), and gets a
 * decision. The reference server and the mock API both call them, so they cannot disagree.
 */
import type { AvailabilityDay, BookingStatus, ClosedReason, FieldError, ProblemCode, Session } from '../api/types.js';
import type { MppClock } from './calendar.js';

/** The configurable numbers of the rules, with the defaults of a running MPP's booking system. */
export interface BookingRules {
  /** Days after today that can be booked: today … today+N. */
  bookingWindowDays: number;
  /** Minutes before a session that check-in opens, and after its end that it closes. */
  checkInMinutes: number;
  /** Minutes a counter takes per resident, for the waiting estimate. */
  averageServiceMinutes: number;
}

export const DEFAULT_RULES: BookingRules = { bookingWindowDays: 7, checkInMinutes: 15, averageServiceMinutes: 8 };

/**
 * A day closed: by decree for the whole MPP (a national holiday, `type` other than the two below; a day of *cuti
 * bersama*, `cuti_bersama`), or by staff for the MPP or one agency (`closure`: a power cut, an event), with the
 * reason residents are shown in `name`.
 */
export interface Holiday {
  date: string;
  name: string;
  type: string;
}

/** A session of a service on a weekday: local `HH:MM` times and its quota. */
export interface SessionTemplate {
  id: string;
  start: string;
  end: string;
  quota: number;
}

/** A refusal, as the API answers it: a `409` rule refusal or a `422` with field errors. */
export type Refusal =
  | { status: 409; code: Exclude<ProblemCode, 'validation_failed'>; detail?: string }
  | { status: 422; code: 'validation_failed'; errors: FieldError[] };

/** Statuses in which a booking is still the person's booking of that service and day. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['booked', 'checked_in', 'serving'];
/** Statuses a closure marks `closed`: visits not yet at a counter (one being served is finished in person). */
export const CLOSABLE_STATUSES: readonly BookingStatus[] = ['booked', 'checked_in'];
/** Statuses in which a booking counts against its session's quota (a served visit used its place). */
export const PLACE_HOLDING_STATUSES: readonly BookingStatus[] = [...ACTIVE_STATUSES, 'done'];

// Hourly sessions; the Friday prayer break (11.30–13.30) leaves no 13.00 session on Fridays.
const HOURLY_SESSIONS: readonly (readonly [string, string, string])[] = [
  ['s0800', '08:00', '09:00'],
  ['s0900', '09:00', '10:00'],
  ['s1000', '10:00', '11:00'],
  ['s1300', '13:00', '14:00'],
  ['s1400', '14:00', '15:00'],
];
const FRIDAY = 5;
const FRIDAY_PRAYER_BREAK = { from: '11:30', to: '13:30' };

/** The default weekly schedule: hourly sessions Monday to Friday, none overlapping the Friday prayer break. */
export function weeklySessions(weekday: number, quota: number): SessionTemplate[] {
  if (weekday > FRIDAY) return [];
  return HOURLY_SESSIONS.filter(
    ([, start, end]) => weekday !== FRIDAY || end <= FRIDAY_PRAYER_BREAK.from || start >= FRIDAY_PRAYER_BREAK.to,
  ).map(([id, start, end]) => ({ id, start, end, quota }));
}

/** Why the MPP is closed on a date, or null when it is open: weekends, then holidays and cuti bersama. */
export function closedReason(clock: MppClock, date: string, holiday: Holiday | undefined): ClosedReason | null {
  if (clock.weekday(date) >= 6) return { code: 'weekend' };
  if (holiday) return { code: closureCode(holiday.type), name: holiday.name };
  return null;
}

/** The reason code of a closed day's type. */
export const closureCode = (type: string): 'holiday' | 'cuti_bersama' | 'closure' =>
  type === 'cuti_bersama' || type === 'closure' ? type : 'holiday';

/**
 * Whether a date lies in the booking window: today … today+`bookingWindowDays`, in the MPP's calendar. With an
 * opening hour (`HH:MM`, a service's choice), the window's last day opens only at that hour of today: before it,
 * the window ends a day earlier (places of a new day are released at one known time, as at a counter).
 */
export function inBookingWindow(
  clock: MppClock,
  rules: BookingRules,
  date: string,
  now: number,
  opensAt?: string | null,
): boolean {
  const today = clock.dateOf(now);
  const offset = clock.daysBetween(today, date);
  if (offset < 0 || offset > rules.bookingWindowDays) return false;
  return offset < rules.bookingWindowDays || !opensAt || now >= clock.at(today, opensAt);
}

/** When the window's last day opens, if it is not open yet: the instant of today's opening hour. */
export function windowOpensLater(
  clock: MppClock,
  rules: BookingRules,
  date: string,
  now: number,
  opensAt?: string | null,
): number | null {
  const today = clock.dateOf(now);
  if (!opensAt || clock.daysBetween(today, date) !== rules.bookingWindowDays) return null;
  const at = clock.at(today, opensAt);
  return now < at ? at : null;
}

/** A session of a date as the contract states it; bookable while it has places and has not ended. */
export function sessionOf(
  clock: MppClock,
  template: SessionTemplate,
  date: string,
  taken: number,
  now: number,
): Session {
  const end = clock.at(date, template.end);
  const remaining = Math.max(0, template.quota - taken);
  return {
    id: template.id,
    start: clock.isoLocal(clock.at(date, template.start)),
    end: clock.isoLocal(end),
    quota: template.quota,
    remaining,
    bookable: remaining > 0 && now < end,
  };
}

/** What one day of the availability answer says, from the facts of that day. */
export function availabilityDay(
  clock: MppClock,
  rules: BookingRules,
  day: {
    date: string;
    now: number;
    bookable: boolean;
    holiday: Holiday | undefined;
    sessions: SessionTemplate[];
    /** Places taken per session id. */
    taken: (sessionId: string) => number;
    /** The service's opening hour of the window's last day (`HH:MM`), if it has one. */
    windowOpensAt?: string | null;
  },
): AvailabilityDay {
  const { date, now } = day;
  if (clock.daysBetween(clock.dateOf(now), date) < 0)
    return { date, open: false, reason: { code: 'past' }, sessions: [] };
  const reason = closedReason(clock, date, day.holiday);
  if (reason) return { date, open: false, reason, sessions: [] };
  const opensLater = windowOpensLater(clock, rules, date, now, day.windowOpensAt);
  if (opensLater !== null)
    return { date, open: false, reason: { code: 'closed', opensAt: clock.isoLocal(opensLater) }, sessions: [] };
  if (!day.bookable || !inBookingWindow(clock, rules, date, now))
    return { date, open: false, reason: { code: 'closed' }, sessions: [] };
  const sessions = day.sessions.map((t) => sessionOf(clock, t, date, day.taken(t.id), now));
  if (!sessions.length) return { date, open: false, reason: { code: 'closed' }, sessions };
  // Full: a session is still to come, and none of them has a place (a day whose sessions all ended is not full).
  const full = !sessions.some((s) => s.bookable) && day.sessions.some((t) => now < clock.at(date, t.end));
  return { date, open: true, full, sessions };
}

/**
 * Whether a booking for a session may be made, judged on the calendar alone: a known and bookable service, a date
 * in the window, an open day, a session that exists that weekday and has not ended. Places are judged by
 * `placeRefusal`, where the places are counted (inside the store's transaction).
 */
export function calendarRefusal(
  clock: MppClock,
  rules: BookingRules,
  request: {
    now: number;
    date: string;
    service: { bookable: boolean } | undefined;
    holiday: Holiday | undefined;
    /** The service's session of that weekday with the requested id, if there is one. */
    session: SessionTemplate | undefined;
    /** The service's opening hour of the window's last day (`HH:MM`), if it has one. */
    windowOpensAt?: string | null;
  },
): Refusal | null {
  const { service, date, now, session, windowOpensAt } = request;
  if (!service) return unknownField('serviceId', 'Layanan tidak dikenal.');
  if (!service.bookable) return { status: 409, code: 'service_not_bookable' };
  if (!inBookingWindow(clock, rules, date, now, windowOpensAt))
    return {
      status: 409,
      code: 'outside_window',
      detail: windowOpensLater(clock, rules, date, now, windowOpensAt)
        ? `Booking untuk hari ini ${rules.bookingWindowDays} hari ke depan dibuka pukul ${windowOpensAt!.replace(':', '.')}.`
        : `Booking dapat dilakukan untuk hari ini sampai ${rules.bookingWindowDays} hari ke depan.`,
    };
  const closed = closedReason(clock, date, request.holiday);
  if (closed) return { status: 409, code: 'day_closed', ...(closed.name ? { detail: closed.name } : {}) };
  if (!session) return unknownField('sessionId', 'Sesi tidak ada pada hari itu.');
  if (now >= clock.at(date, session.end)) return { status: 409, code: 'session_ended' };
  return null;
}

const unknownField = (field: string, message: string): Refusal => ({
  status: 422,
  code: 'validation_failed',
  errors: [{ field, code: 'unknown', message }],
});

/**
 * Whether a place can be taken: the session has a place left, and the person holds no other active booking for
 * the service that day. "The person" is the NIK's hash, never its last 4 digits: two residents can share those.
 */
export function placeRefusal(facts: { quota: number; taken: number; personHasActiveBooking: boolean }): Refusal | null {
  if (facts.taken >= facts.quota)
    return { status: 409, code: 'session_full', detail: 'Kuota sesi ini sudah habis. Pilih sesi lain.' };
  if (facts.personHasActiveBooking) return { status: 409, code: 'duplicate_booking' };
  return null;
}

/** Letters of booking codes: no 0/O or 1/I, so a code read aloud or typed leaves no doubt. */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** The shape of a booking code: `RSV-` and eight letters of the alphabet. */
export const BOOKING_CODE_PATTERN = /^RSV-[2-9A-HJ-NP-Z]{8}$/;

/** A new booking code; `randomIndex(n)` answers a uniformly random whole number below `n`. */
export function newBookingCode(randomIndex: (n: number) => number): string {
  let code = 'RSV-';
  for (let i = 0; i < 8; i++) code += BOOKING_CODE_ALPHABET[randomIndex(BOOKING_CODE_ALPHABET.length)];
  return code;
}

/** The second factor a resident gives with a code: the last 4 digits of the NIK. */
export const secondFactorOf = (nik: string): string => nik.slice(-4);

/** The NIK as every answer shows it: masked but for its last 4 digits. */
export const maskedNik = (last4: string): string => `************${last4}`;

/** The detail of a failed look-up, the same whether the code or the second factor was wrong. */
export const LOOKUP_NOT_FOUND_DETAIL = 'Periksa kembali kode dan 4 angka terakhir NIK.';
