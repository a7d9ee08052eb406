// The schedule's rules as tables of cases: what staff may write for a service's week, what a change may not do to
// bookings already made, the window's opening hour, and a closure's reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  availabilityDay,
  closedReason,
  DEFAULT_RULES,
  inBookingWindow,
  makeClock,
  scheduleConflicts,
  scheduleErrors,
  templatesOf,
  type Schedule,
  type SessionTemplate,
} from '../../src/rules/index.js';

const clock = makeClock();
const at = (iso: string) => Date.parse(iso);
const MONDAY_0800 = at('2026-12-07T08:00:00+07:00');
const day = (weekday: number, ...sessions: [string, string, number][]) => ({
  weekday,
  sessions: sessions.map(([start, end, quota]) => ({ start, end, quota })),
});
const codes = (schedule: Schedule) => scheduleErrors(schedule).map((e) => `${e.field} ${e.code}`);

describe('what a schedule may say', () => {
  const cases: [string, Schedule, string[]][] = [
    [
      'two sessions a day',
      { windowOpensAt: '07:00', weekdays: [day(1, ['08:00', '10:00', 5], ['13:00', '15:00', 5])] },
      [],
    ],
    [
      'sessions that touch do not overlap',
      { windowOpensAt: null, weekdays: [day(2, ['08:00', '09:00', 1], ['09:00', '10:00', 1])] },
      [],
    ],
    [
      'an overlap',
      { windowOpensAt: null, weekdays: [day(1, ['08:00', '09:30', 1], ['09:00', '10:00', 1])] },
      ['weekdays/0/sessions/1/start overlap'],
    ],
    [
      'the same start twice',
      { windowOpensAt: null, weekdays: [day(1, ['08:00', '09:00', 1], ['08:00', '08:30', 1])] },
      ['weekdays/0/sessions/1/start duplicate'],
    ],
    [
      'an end before its start',
      { windowOpensAt: null, weekdays: [day(1, ['10:00', '09:00', 1])] },
      ['weekdays/0/sessions/0/end end_before_start'],
    ],
    [
      'an end equal to its start',
      { windowOpensAt: null, weekdays: [day(1, ['10:00', '10:00', 1])] },
      ['weekdays/0/sessions/0/end end_before_start'],
    ],
    [
      'a quota of none',
      { windowOpensAt: null, weekdays: [day(1, ['08:00', '09:00', 0])] },
      ['weekdays/0/sessions/0/quota quota_min'],
    ],
    [
      'across the Friday prayer break',
      { windowOpensAt: null, weekdays: [day(5, ['11:00', '12:00', 3])] },
      ['weekdays/0/sessions/0/start friday_break'],
    ],
    ['after the Friday prayer break', { windowOpensAt: null, weekdays: [day(5, ['13:30', '14:30', 3])] }, []],
    [
      'a Monday session at the same hours is fine',
      { windowOpensAt: null, weekdays: [day(1, ['11:00', '12:00', 3])] },
      [],
    ],
    [
      'a session on a Saturday (the calendar closes weekends)',
      { windowOpensAt: null, weekdays: [day(6, ['08:00', '09:00', 3])] },
      ['weekdays/0/sessions weekend'],
    ],
    ['a weekday twice', { windowOpensAt: null, weekdays: [day(3), day(3)] }, ['weekdays/1/weekday duplicate']],
    [
      'a time not written HH:MM',
      { windowOpensAt: '7', weekdays: [day(1, ['8:00', '09:00', 1])] },
      ['windowOpensAt time_format', 'weekdays/0/sessions/0/start time_format'],
    ],
  ];
  for (const [name, schedule, expected] of cases) it(name, () => assert.deepEqual(codes(schedule), expected));

  it('names each session by its start, in start order', () =>
    assert.deepEqual(
      templatesOf(day(1, ['13:00', '14:00', 2], ['08:00', '09:00', 3])).map((t) => [t.id, t.quota]),
      [
        ['s0800', 3],
        ['s1300', 2],
      ],
    ));
});

describe('what a change may not do to bookings already made', () => {
  const was: SessionTemplate[] = [
    { id: 's0800', start: '08:00', end: '09:00', quota: 5 },
    { id: 's1300', start: '13:00', end: '14:00', quota: 5 },
  ];
  const booked = [{ date: '2026-12-07', weekday: 1, sessionId: 's1300', active: 2, holding: 3 }];
  const judge = (next: SessionTemplate[], b = booked) =>
    scheduleConflicts(
      () => was,
      () => next,
      b,
    ).map((c) => `${c.sessionId} ${c.reason} ${c.bookings}`);
  const cases: [string, SessionTemplate[], string[]][] = [
    ['keeping the session', was, []],
    ['raising its quota', [was[0]!, { ...was[1]!, quota: 9 }], []],
    ['lowering its quota to the places taken', [was[0]!, { ...was[1]!, quota: 3 }], []],
    ['lowering it below them', [was[0]!, { ...was[1]!, quota: 2 }], ['s1300 quota_below_taken 3']],
    ['removing it', [was[0]!], ['s1300 removed 2']],
    ['moving its end', [was[0]!, { ...was[1]!, end: '15:00' }], ['s1300 times_changed 2']],
    ['removing a session nobody booked', [was[1]!], []],
  ];
  for (const [name, next, expected] of cases) it(name, () => assert.deepEqual(judge(next), expected));
  it('removing a session whose visits were all served', () =>
    assert.deepEqual(judge([was[0]!], [{ ...booked[0]!, active: 0 }]), []));
});

describe('the window’s opening hour', () => {
  const rules = DEFAULT_RULES;
  const cases: [string, string, number, string | null, boolean][] = [
    ['the last day before the hour', '2026-12-14', MONDAY_0800, '09:00', false],
    ['the last day at the hour', '2026-12-14', at('2026-12-07T09:00:00+07:00'), '09:00', true],
    ['the day before it, before the hour', '2026-12-13', MONDAY_0800, '09:00', true],
    ['no hour: open from midnight', '2026-12-14', MONDAY_0800, null, true],
    ['beyond the window, after the hour', '2026-12-15', at('2026-12-07T10:00:00+07:00'), '09:00', false],
  ];
  for (const [name, date, now, opensAt, expected] of cases)
    it(name, () => assert.equal(inBookingWindow(clock, rules, date, now, opensAt), expected));

  it('says when the last day opens', () => {
    const last = availabilityDay(clock, rules, {
      date: '2026-12-14',
      now: MONDAY_0800,
      bookable: true,
      holiday: undefined,
      sessions: [{ id: 's0800', start: '08:00', end: '09:00', quota: 5 }],
      taken: () => 0,
      windowOpensAt: '09:00',
    });
    assert.deepEqual(last, {
      date: '2026-12-14',
      open: false,
      reason: { code: 'closed', opensAt: '2026-12-07T09:00:00+07:00' },
      sessions: [],
    });
  });
});

describe('a closure’s reason', () => {
  it('an ad-hoc closure shows its reason', () =>
    assert.deepEqual(
      closedReason(clock, '2026-12-09', { date: '2026-12-09', name: 'Pemadaman listrik', type: 'closure' }),
      {
        code: 'closure',
        name: 'Pemadaman listrik',
      },
    ));
});
