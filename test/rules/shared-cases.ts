// One table of rule cases that the reference server and the MSW mock API must answer identically: each case is a
// few requests a resident's widget makes, at a set hour, and what a resident would see of each answer.
import type { BookingRequest } from '../../src/api/types.js';

export const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
export const NOT_BOOKABLE = 'disdukcapil-konsultasi-dan-perbaikan-data-kependudukan';
/** A valid NIK (Kepulauan Riau, born 1 Jan 1985) with a chosen serial. */
export const nik = (serial: number) => `217201010185${String(serial).padStart(4, '0')}`;

export const booking = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  serviceId: KTP,
  date: '2026-12-07',
  sessionId: 's1000',
  nik: nik(3),
  name: 'Siti Aminah',
  phone: '+6281234567890',
  ...overrides,
});

/** One request of a case. `{code}` in the path is the booking code answered by the case's step `codeOf`. */
export interface Step {
  /** The instant of the request, ISO 8601 (default: the case's). */
  at?: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** An Idempotency-Key (bookings need one; default: a fresh key per step). */
  key?: string;
  codeOf?: number;
  /** The status and problem code a resident's widget acts on. */
  expect: { status: number; code?: string };
}

export interface RuleCase {
  name: string;
  /** When it happens, ISO 8601 with the MPP's offset. */
  at: string;
  steps: Step[];
}

const MONDAY_0800 = '2026-12-07T08:00:00+07:00';
const lookup = (nikLast4 = '0003', codeOf = 0): Step => ({
  method: 'POST',
  path: '/bookings/lookup',
  body: { code: '{code}', nikLast4 },
  codeOf,
  expect: { status: 200 },
});
const book = (overrides: Partial<BookingRequest>, expect: Step['expect'], key?: string): Step => ({
  method: 'POST',
  path: '/bookings',
  body: booking(overrides),
  ...(key ? { key } : {}),
  expect,
});

export const RULE_CASES: RuleCase[] = [
  {
    name: 'the booking window: today … today+7, weekends closed',
    at: MONDAY_0800,
    steps: [{ method: 'GET', path: `/services/${KTP}/availability`, expect: { status: 200 } }],
  },
  {
    name: 'the Friday prayer break: no 13.00 session on Fridays',
    at: MONDAY_0800,
    steps: [{ method: 'GET', path: `/services/${KTP}/availability?from=2026-12-11&days=1`, expect: { status: 200 } }],
  },
  {
    name: 'holidays and cuti bersama close the day, with their names',
    at: '2026-12-21T10:30:00+07:00',
    steps: [
      { method: 'GET', path: `/services/${KTP}/availability`, expect: { status: 200 } },
      book({ date: '2026-12-25' }, { status: 409, code: 'day_closed' }),
    ],
  },
  {
    name: 'a service not bookable online offers no sessions and refuses bookings',
    at: MONDAY_0800,
    steps: [
      { method: 'GET', path: `/services/${NOT_BOOKABLE}/availability?days=1`, expect: { status: 200 } },
      book({ serviceId: NOT_BOOKABLE }, { status: 409, code: 'service_not_bookable' }),
    ],
  },
  {
    name: 'dates outside the window and weekends are refused',
    at: MONDAY_0800,
    steps: [
      book({ date: '2026-12-15' }, { status: 409, code: 'outside_window' }),
      book({ date: '2026-12-06' }, { status: 409, code: 'outside_window' }),
      book({ date: '2026-12-12' }, { status: 409, code: 'day_closed' }),
    ],
  },
  {
    name: 'a running session can be booked until it ends; then it is refused',
    at: MONDAY_0800,
    steps: [
      book({ sessionId: 's0800', nik: nik(10) }, { status: 201 }),
      {
        ...book({ sessionId: 's0800', nik: nik(11) }, { status: 409, code: 'session_ended' }),
        at: '2026-12-07T09:00:00+07:00',
      },
      {
        method: 'GET',
        path: `/services/${KTP}/availability?days=1`,
        at: '2026-12-07T09:00:00+07:00',
        expect: { status: 200 },
      },
    ],
  },
  {
    name: 'a session that does not exist that day is a field error',
    at: MONDAY_0800,
    steps: [book({ sessionId: 's1200' }, { status: 422, code: 'validation_failed' })],
  },
  {
    name: 'an impossible NIK is a field error in the widgets’ own words',
    at: MONDAY_0800,
    steps: [book({ nik: '2172013202850003' }, { status: 422, code: 'validation_failed' })],
  },
  {
    name: 'one active booking per person, service and day; after cancelling, another',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(20), sessionId: 's0900' }, { status: 201 }),
      book({ nik: nik(20), sessionId: 's1300' }, { status: 409, code: 'duplicate_booking' }),
      {
        method: 'POST',
        path: '/bookings/{code}/cancel',
        body: { nikLast4: '0020' },
        codeOf: 0,
        expect: { status: 200 },
      },
      book({ nik: nik(20), sessionId: 's1300' }, { status: 201 }),
    ],
  },
  {
    name: 'two residents whose NIKs share the last 4 digits both book (the rule compares the NIK’s hash)',
    at: MONDAY_0800,
    steps: [book({ nik: '2172010101850042' }, { status: 201 }), book({ nik: '3171010202900042' }, { status: 201 })],
  },
  {
    name: 'the quota: ten places, the eleventh refused, the session shown full',
    at: MONDAY_0800,
    steps: [
      ...Array.from({ length: 10 }, (_, i) => book({ nik: nik(100 + i), sessionId: 's1400' }, { status: 201 })),
      book({ nik: nik(200), sessionId: 's1400' }, { status: 409, code: 'session_full' }),
      { method: 'GET', path: `/services/${KTP}/availability?days=1`, expect: { status: 200 } },
    ],
  },
  {
    name: 'a replayed Idempotency-Key gets the first answer; the same key with another body is refused',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(30) }, { status: 201 }, 'shared-case-key-1'),
      book({ nik: nik(30) }, { status: 201 }, 'shared-case-key-1'),
      book({ nik: nik(31) }, { status: 409, code: 'idempotency_key_reused' }, 'shared-case-key-1'),
    ],
  },
  {
    name: 'before the session the live estimate is the session’s start, never earlier',
    at: '2026-12-07T07:00:00+07:00',
    steps: [book({ nik: nik(40), sessionId: 's0800' }, { status: 201 }), lookup('0040')],
  },
  {
    name: 'a wrong code and a wrong second factor answer the same',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(50) }, { status: 201 }),
      { ...lookup('9999'), expect: { status: 404, code: 'not_found' } },
      {
        method: 'POST',
        path: '/bookings/lookup',
        body: { code: 'RSV-ZZZZZZZZ', nikLast4: '0050' },
        expect: { status: 404, code: 'not_found' },
      },
    ],
  },
  {
    // (Applications are left out: the demo ones are dated from the day each side starts, so their dates differ.)
    name: 'one look-up for any code: a booking by its kind; a wrong factor and an unknown code the same 404',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(51) }, { status: 201 }),
      {
        method: 'POST',
        path: '/lookup',
        body: { code: '{code}', verifier: '0051' },
        codeOf: 0,
        expect: { status: 200 },
      },
      {
        method: 'POST',
        path: '/lookup',
        body: { code: '{code}', verifier: '9999' },
        codeOf: 0,
        expect: { status: 404, code: 'not_found' },
      },
      {
        method: 'POST',
        path: '/lookup',
        body: { code: 'SIOLA.2026.000042', verifier: '0003' },
        expect: { status: 404, code: 'not_found' },
      },
    ],
  },
  {
    name: 'cancelling once; a second cancel is refused',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(60) }, { status: 201 }),
      {
        method: 'POST',
        path: '/bookings/{code}/cancel',
        body: { nikLast4: '0060' },
        codeOf: 0,
        expect: { status: 200 },
      },
      {
        method: 'POST',
        path: '/bookings/{code}/cancel',
        body: { nikLast4: '0060' },
        codeOf: 0,
        expect: { status: 409, code: 'booking_not_active' },
      },
    ],
  },
  {
    name: 'moving a booking frees its place and takes the new one',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(70), date: '2026-12-08', sessionId: 's0800' }, { status: 201 }),
      {
        method: 'POST',
        path: '/bookings/{code}/reschedule',
        body: { nikLast4: '0070', date: '2026-12-08', sessionId: 's0900' },
        codeOf: 0,
        expect: { status: 200 },
      },
      { method: 'GET', path: `/services/${KTP}/availability?from=2026-12-08&days=1`, expect: { status: 200 } },
    ],
  },
  {
    name: 'a booking nobody came for is expired once check-in closes',
    at: MONDAY_0800,
    steps: [
      book({ nik: nik(80), sessionId: 's0800' }, { status: 201 }),
      { ...lookup('0080'), at: '2026-12-07T09:15:00+07:00' },
      { ...lookup('0080'), at: '2026-12-07T09:16:00+07:00' },
      {
        method: 'POST',
        path: '/bookings/{code}/cancel',
        body: { nikLast4: '0080' },
        codeOf: 0,
        at: '2026-12-07T09:16:00+07:00',
        expect: { status: 409, code: 'booking_not_active' },
      },
    ],
  },
];

/**
 * What a resident sees of an answer, for comparing two implementations: the status, the problem's code and its
 * field errors, a booking without its random code, availability as days and sessions.
 */
// The answers are JSON of several shapes: the view reads what each shape shows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function residentView(status: number, body: any): unknown {
  if (body === undefined || body === null) return { http: status };
  if (typeof body.code === 'string' && typeof body.type === 'string')
    return { http: status, code: body.code, detail: body.detail ?? null, errors: body.errors ?? null };
  if (Array.isArray(body.days))
    return {
      http: status,
      days: body.days.map((d: { date: string; open: boolean; reason?: unknown; sessions: unknown[] }) => ({
        date: d.date,
        open: d.open,
        reason: d.reason ?? null,
        sessions: d.sessions,
      })),
    };
  if (typeof body.nikMasked === 'string') {
    const { code: _code, qr: _qr, createdAt: _createdAt, ...rest } = body;
    return { http: status, booking: rest };
  }
  return { http: status, body };
}
