// The booking rules as tables of cases: each row is a situation a resident meets and the rules' answer to it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  availabilityDay,
  BOOKING_CODE_PATTERN,
  calendarRefusal,
  closedReason,
  DEFAULT_RULES,
  inBookingWindow,
  makeClock,
  maskedNik,
  newBookingCode,
  placeRefusal,
  secondFactorOf,
  weeklySessions,
  type Holiday,
} from '../../src/rules/index.js';

const clock = makeClock();
const rules = DEFAULT_RULES;
const at = (iso: string) => Date.parse(iso);
/** Monday 7 December 2026, 08:00 WIB. */
const MONDAY_0800 = at('2026-12-07T08:00:00+07:00');
const CHRISTMAS: Holiday = { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', type: 'libur_nasional' };
const CUTI: Holiday = { date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', type: 'cuti_bersama' };

describe('the weekly sessions', () => {
  const cases: [string, number, string[]][] = [
    ['Monday: five hourly sessions', 1, ['s0800', 's0900', 's1000', 's1300', 's1400']],
    ['Thursday: the same five', 4, ['s0800', 's0900', 's1000', 's1300', 's1400']],
    ['Friday: none during the prayer break', 5, ['s0800', 's0900', 's1000', 's1400']],
    ['Saturday: none', 6, []],
    ['Sunday: none', 7, []],
  ];
  for (const [name, weekday, ids] of cases)
    it(name, () =>
      assert.deepEqual(
        weeklySessions(weekday, 10).map((s) => s.id),
        ids,
      ),
    );
});

describe('days the MPP is closed', () => {
  const cases: [string, string, Holiday | undefined, ReturnType<typeof closedReason>][] = [
    ['a Monday', '2026-12-07', undefined, null],
    ['a Saturday', '2026-12-12', undefined, { code: 'weekend' }],
    ['a Sunday that is also a holiday is a weekend', '2026-12-27', CHRISTMAS, { code: 'weekend' }],
    ['a national holiday', '2026-12-25', CHRISTMAS, { code: 'holiday', name: 'Kelahiran Yesus Kristus' }],
    ['cuti bersama', '2026-12-24', CUTI, { code: 'cuti_bersama', name: CUTI.name }],
  ];
  for (const [name, date, holiday, expected] of cases)
    it(name, () => assert.deepEqual(closedReason(clock, date, holiday), expected));
});

describe('the booking window: today … today+7 in the MPP calendar', () => {
  const cases: [string, string, number, boolean][] = [
    ['today', '2026-12-07', MONDAY_0800, true],
    ['today+7', '2026-12-14', MONDAY_0800, true],
    ['today+8', '2026-12-15', MONDAY_0800, false],
    ['yesterday', '2026-12-06', MONDAY_0800, false],
    // 23.30 UTC on the 6th is already the 7th in WIB: the MPP's calendar decides, not UTC's.
    ['today in WIB while still yesterday in UTC', '2026-12-07', at('2026-12-06T23:30:00Z'), true],
  ];
  for (const [name, date, now, expected] of cases)
    it(name, () => assert.equal(inBookingWindow(clock, rules, date, now), expected));
});

describe('whether a booking may be made, on the calendar', () => {
  const monday = weeklySessions(1, 10);
  const s = (id: string) => monday.find((t) => t.id === id);
  const base: Parameters<typeof calendarRefusal>[2] = {
    now: MONDAY_0800,
    date: '2026-12-07',
    service: { bookable: true },
    holiday: undefined,
    session: s('s1000'),
  };
  const cases: [string, Partial<typeof base>, string | null][] = [
    ['an open session later today', {}, null],
    ['the running session, until it ends', { session: s('s0800') }, null],
    ['a session that has ended', { session: s('s0800'), now: at('2026-12-07T09:00:00+07:00') }, 'session_ended'],
    ['a session that does not exist that day', { session: undefined }, 'validation_failed'],
    ['an unknown service', { service: undefined }, 'validation_failed'],
    ['a service not bookable online', { service: { bookable: false } }, 'service_not_bookable'],
    ['today+8', { date: '2026-12-15' }, 'outside_window'],
    ['yesterday', { date: '2026-12-06' }, 'outside_window'],
    ['a Saturday', { date: '2026-12-12' }, 'day_closed'],
    ['a holiday', { date: '2026-12-10', holiday: { ...CHRISTMAS, date: '2026-12-10' } }, 'day_closed'],
  ];
  for (const [name, overrides, code] of cases)
    it(name, () => assert.equal(calendarRefusal(clock, rules, { ...base, ...overrides })?.code ?? null, code));

  it('names the holiday in the refusal', () =>
    assert.deepEqual(
      calendarRefusal(clock, rules, { ...base, date: '2026-12-10', holiday: { ...CHRISTMAS, date: '2026-12-10' } }),
      { status: 409, code: 'day_closed', detail: 'Kelahiran Yesus Kristus' },
    ));
});

describe('places: the quota, and one active booking per person, service and day', () => {
  const cases: [string, { quota: number; taken: number; personHasActiveBooking: boolean }, string | null][] = [
    ['a free place', { quota: 10, taken: 9, personHasActiveBooking: false }, null],
    ['the last place taken', { quota: 10, taken: 10, personHasActiveBooking: false }, 'session_full'],
    ['a session with no quota', { quota: 0, taken: 0, personHasActiveBooking: false }, 'session_full'],
    ['the same person again', { quota: 10, taken: 1, personHasActiveBooking: true }, 'duplicate_booking'],
  ];
  for (const [name, facts, code] of cases) it(name, () => assert.equal(placeRefusal(facts)?.code ?? null, code));
});

describe('a day of availability', () => {
  const day = (overrides: Partial<Parameters<typeof availabilityDay>[2]> = {}) =>
    availabilityDay(clock, rules, {
      date: '2026-12-07',
      now: at('2026-12-07T10:30:00+07:00'),
      bookable: true,
      holiday: undefined,
      sessions: weeklySessions(1, 10),
      taken: (id) => (id === 's1300' ? 10 : 3),
      ...overrides,
    });

  it('counts places left and stops offering ended and full sessions', () => {
    const sessions = day().sessions.map((s) => [s.id, s.remaining, s.bookable]);
    assert.deepEqual(sessions, [
      ['s0800', 7, false],
      ['s0900', 7, false],
      ['s1000', 7, true],
      ['s1300', 0, false],
      ['s1400', 7, true],
    ]);
  });
  it('writes session times in WIB', () =>
    assert.deepEqual(
      [day().sessions[0].start, day().sessions[0].end],
      ['2026-12-07T08:00:00+07:00', '2026-12-07T09:00:00+07:00'],
    ));
  const closed: [string, Partial<Parameters<typeof availabilityDay>[2]>, string][] = [
    ['a past day', { date: '2026-12-04' }, 'past'],
    ['a weekend', { date: '2026-12-12' }, 'weekend'],
    ['cuti bersama', { date: '2026-12-24', holiday: CUTI, now: at('2026-12-21T08:00:00+07:00') }, 'cuti_bersama'],
    ['a service not bookable online', { bookable: false }, 'closed'],
    ['beyond the window', { date: '2026-12-15' }, 'closed'],
    ['a weekday without sessions', { sessions: [] }, 'closed'],
  ];
  for (const [name, overrides, reason] of closed)
    it(`closes ${name}`, () => {
      const d = day(overrides);
      assert.equal(d.open, false);
      assert.equal(d.reason?.code, reason);
      assert.deepEqual(d.sessions, []);
    });
});

describe('booking codes and the second factor', () => {
  it('makes codes of the documented shape from the random source it is given', () => {
    let i = 0;
    const code = newBookingCode((n) => i++ % n);
    assert.equal(code, 'RSV-23456789');
    assert.match(
      newBookingCode((n) => n - 1),
      BOOKING_CODE_PATTERN,
    );
  });
  const shapes: [string, boolean][] = [
    ['RSV-7KQ2M9XA', true],
    ['RSV-7KQ2M9X0', false], // 0 looks like O
    ['RSV-7KQ2M9XI', false], // I looks like 1
    ['RSV-7KQ2M9X', false],
    ['rsv-7kq2m9xa', false],
  ];
  for (const [code, ok] of shapes)
    it(`${code} is ${ok ? '' : 'not '}a booking code`, () => assert.equal(BOOKING_CODE_PATTERN.test(code), ok));
  it('asks for the last 4 digits of the NIK and shows nothing more', () => {
    assert.equal(secondFactorOf('2172010101850003'), '0003');
    assert.equal(maskedNik('0003'), '************0003');
  });
});
