// The rules of the day of the visit as tables of cases: check-in, expiry, queue numbers, order and estimate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  changeRefusal,
  checkInRefusal,
  checkInWindow,
  DEFAULT_RULES,
  estimatedTurnAt,
  isOverdue,
  peopleAhead,
  queueNumber,
  settledStatus,
  shownEstimate,
  showsLiveQueue,
  visitPhase,
  type BookingRules,
} from '../../src/rules/index.js';
import type { BookingStatus } from '../../src/api/types.js';

const at = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00+07:00`);
const time = (ms: number | null) => (ms === null ? null : new Date(ms + 7 * 3600_000).toISOString().slice(11, 16));
const rules = DEFAULT_RULES;
const window = checkInWindow(rules, at('10:00'), at('11:00'));

describe('the check-in window: 15 minutes before the session to 15 minutes after its end', () => {
  it('opens at 09.45 and closes at 11.15 for the 10.00–11.00 session', () =>
    assert.deepEqual([time(window.opensAt), time(window.closesAt)], ['09:45', '11:15']));
  const cases: [string, BookingStatus, string, string | null][] = [
    ['too early', 'booked', '09:44', 'check_in_closed'],
    ['as it opens', 'booked', '09:45', null],
    ['during the session', 'booked', '10:30', null],
    ['as it closes', 'booked', '11:15', null],
    ['too late', 'booked', '11:16', 'check_in_closed'],
    ['already checked in', 'checked_in', '10:00', 'booking_not_active'],
    ['cancelled', 'cancelled', '10:00', 'booking_not_active'],
  ];
  for (const [name, status, now, code] of cases)
    it(name, () => assert.equal(checkInRefusal(status, window, at(now), String)?.code ?? null, code));
  it('says when check-in opens in its refusal', () =>
    assert.deepEqual(
      checkInRefusal('booked', window, at('09:00'), (ms) => time(ms)!),
      {
        status: 409,
        code: 'check_in_closed',
        detail: 'Check-in dibuka 09:45 sampai 11:15.',
      },
    ));
});

describe('expiry and changes', () => {
  const cases: [BookingStatus, string, BookingStatus][] = [
    ['booked', '11:15', 'booked'],
    ['booked', '11:16', 'expired'],
    ['checked_in', '12:00', 'checked_in'],
    ['cancelled', '12:00', 'cancelled'],
  ];
  for (const [status, now, settled] of cases)
    it(`${status} at ${now} is ${settled}`, () => assert.equal(settledStatus(status, window, at(now)), settled));
  const changes: [BookingStatus, string | null][] = [
    ['booked', null],
    ['checked_in', 'booking_not_active'],
    ['cancelled', 'booking_not_active'],
    ['expired', 'booking_not_active'],
  ];
  for (const [status, code] of changes)
    it(`a ${status} booking can${code ? 'not' : ''} be cancelled or moved`, () =>
      assert.equal(changeRefusal(status)?.code ?? null, code));
});

describe('queue numbers and the order of the queue', () => {
  const numbers: [string | undefined, number, string][] = [
    ['Disdukcapil', 1, 'D-001'],
    ['polresta', 42, 'P-042'],
    [undefined, 7, 'A-007'],
    ['Dinkes', 1234, 'D-1234'],
  ];
  for (const [agency, seq, number] of numbers)
    it(`${agency} #${seq} is ${number}`, () => assert.equal(queueNumber(agency, seq), number));
  const ahead: [BookingStatus, number][] = [
    ['serving', 0],
    ['checked_in', 2],
    ['booked', 5],
  ];
  for (const [status, n] of ahead)
    it(`${status}: ${n} ahead of 5 waiting, 2 of them checked in earlier`, () =>
      assert.equal(peopleAhead(status, { waitingBefore: 2, waiting: 5 }), n));
});

describe('the waiting estimate', () => {
  const estimate = (
    visit: { status?: BookingStatus; ahead: number; counters: number; session: string; now: string },
    r: BookingRules = rules,
  ) =>
    time(
      estimatedTurnAt(r, {
        status: visit.status ?? 'checked_in',
        ahead: visit.ahead,
        counters: visit.counters,
        sessionStart: at(visit.session),
        now: at(visit.now),
      }),
    );
  const cases: [string, Parameters<typeof estimate>[0], string | null][] = [
    [
      'during the session: now plus the people ahead, 8 minutes each',
      { ahead: 3, counters: 1, session: '09:00', now: '09:10' },
      '09:34',
    ],
    [
      'shared among the counters, rounded up to the minute',
      { ahead: 3, counters: 2, session: '09:00', now: '09:10' },
      '09:22',
    ],
    ['nobody ahead during the session: now', { ahead: 0, counters: 1, session: '09:00', now: '09:10' }, '09:10'],
    // The bug seen by a newcomer: "dilayani sekitar 07.06" for a visitor whose check-in opened at 07.45.
    [
      'before the session: never earlier than its start',
      { status: 'booked', ahead: 0, counters: 1, session: '08:00', now: '07:00' },
      '08:00',
    ],
    [
      'before the session, people ahead: from its start',
      { status: 'booked', ahead: 2, counters: 1, session: '08:00', now: '07:00' },
      '08:16',
    ],
    ['checked in early: from the session start', { ahead: 1, counters: 2, session: '08:00', now: '07:50' }, '08:04'],
    [
      'a long queue checked in before the start: counted from the start',
      { ahead: 20, counters: 1, session: '08:00', now: '07:55' },
      '10:40',
    ],
    [
      'a long queue once the session runs: counted from now',
      { ahead: 20, counters: 1, session: '08:00', now: '08:30' },
      '11:10',
    ],
    ['at the counter: no estimate', { status: 'serving', ahead: 0, counters: 1, session: '09:00', now: '09:10' }, null],
  ];
  for (const [name, visit, expected] of cases) it(name, () => assert.equal(estimate(visit), expected));
});

describe('live queue data and overdue applications', () => {
  const live: [BookingStatus, string, boolean][] = [
    ['booked', '2026-12-07', true],
    ['checked_in', '2026-12-07', true],
    ['booked', '2026-12-08', false],
    ['done', '2026-12-07', false],
    ['cancelled', '2026-12-07', false],
  ];
  for (const [status, date, shown] of live)
    it(`${status} on ${date}: live queue ${shown ? 'shown' : 'absent'}`, () =>
      assert.equal(showsLiveQueue(status, date, '2026-12-07'), shown));
  const overdue: [Parameters<typeof isOverdue>[0], boolean][] = [
    [{ status: 'in_progress', deadline: '2026-12-06' }, true],
    [{ status: 'in_progress', deadline: '2026-12-07' }, false],
    [{ status: 'ready', deadline: '2026-12-01' }, false],
  ];
  for (const [application, expected] of overdue)
    it(`${application.status} due ${application.deadline}: ${expected ? '' : 'not '}overdue`, () =>
      assert.equal(isOverdue(application, '2026-12-07'), expected));
});

// What the tracker says at each moment of the day of the visit (issue 22): a booking not yet checked in is in no queue.
describe('the phase of a visit, as the tracker words it (check-in 09.45–11.15)', () => {
  const cases: [BookingStatus, string, string][] = [
    ['booked', '07:10', 'check_in_later'],
    ['booked', '09:44', 'check_in_later'],
    ['booked', '09:45', 'check_in_open'],
    ['booked', '11:15', 'check_in_open'],
    ['booked', '11:16', 'check_in_missed'],
    ['expired', '11:30', 'check_in_missed'],
    ['checked_in', '09:50', 'waiting'],
    ['serving', '10:20', 'called'],
    ['done', '10:40', 'over'],
    ['no_show', '10:40', 'over'],
    ['cancelled', '09:00', 'over'],
    ['closed', '09:00', 'over'],
  ];
  for (const [status, now, phase] of cases)
    it(`${status} at ${now}: ${phase}`, () => assert.equal(visitPhase(status, window, at(now)), phase));
});

describe('the estimate a resident is shown', () => {
  const cases: [string, string, string, string, string][] = [
    ["the API's, when it is still ahead", '09:34', '09:00', '09:10', '09:34'],
    // The reported bug: "perkiraan giliran Anda sekitar 07.10" for a session at 08.00.
    ['never before the session starts', '07:10', '08:00', '07:10', '08:00'],
    ['never before now (an answer that aged between refreshes)', '09:20', '09:00', '09:26', '09:26'],
  ];
  for (const [name, estimate, session, now, shown] of cases)
    it(name, () => assert.equal(time(shownEstimate(at(estimate), at(session), at(now))), shown));
});
