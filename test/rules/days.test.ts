// What the day question shows before a resident chooses: full days (with the next day that has places), days whose
// booking window opens later (with the hour), as the rules core states them for the server, the mocks and the widget.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AvailabilityDay } from '../../src/api/types.js';
import {
  availabilityDay,
  DEFAULT_RULES,
  isFull,
  makeClock,
  nextDayWithPlaces,
  opensAt,
  placesLeft,
  weeklySessions,
} from '../../src/rules/index.js';

const clock = makeClock();
const rules = DEFAULT_RULES;
const at = (iso: string) => Date.parse(iso);

/** A day of the answer as the server states it: Monday 7 December 2026 unless told, quota 10 per session. */
const day = (overrides: Partial<Parameters<typeof availabilityDay>[2]> = {}) =>
  availabilityDay(clock, rules, {
    date: '2026-12-07',
    now: at('2026-12-07T10:30:00+07:00'),
    bookable: true,
    holiday: undefined,
    sessions: weeklySessions(1, 10),
    taken: () => 3,
    ...overrides,
  });

describe('a full day', () => {
  it('an open day with places is not full', () => {
    const d = day();
    assert.equal(d.full, false);
    assert.equal(isFull(d), false);
    assert.equal(placesLeft(d), 21, 'the three sessions not ended (10.00, 13.00, 14.00), 7 places each');
  });
  it('every session still to come taken: full, though earlier sessions of the day had places', () => {
    const d = day({ taken: (id) => (['s1000', 's1300', 's1400'].includes(id) ? 10 : 3) });
    assert.equal(d.open, true);
    assert.equal(d.full, true);
    assert.equal(isFull(d), true);
    assert.equal(placesLeft(d), 0);
  });
  it('a day whose sessions have all ended is not full (it is over)', () => {
    const d = day({ now: at('2026-12-07T15:00:00+07:00') });
    assert.equal(d.full, false);
    assert.equal(placesLeft(d), 0);
    assert.equal(isFull(d), false);
  });
  it('a closed day is never full', () => assert.equal(isFull(day({ date: '2026-12-12' })), false));
  it("an answer without `full` (another implementation's) counts a day without places as full", () => {
    const { full: _full, ...d } = day({ taken: () => 10, now: at('2026-12-07T07:00:00+07:00') });
    assert.equal(isFull(d), true);
  });
});

describe('the next day that has places', () => {
  const answer = (full: string[], now = at('2026-12-07T07:00:00+07:00')): AvailabilityDay[] =>
    Array.from({ length: 8 }, (_, i) => {
      const date = clock.addDays('2026-12-07', i);
      return day({
        date,
        now,
        sessions: weeklySessions(clock.weekday(date), 10),
        taken: () => (full.includes(date) ? 10 : 0),
      });
    });
  it('skips full days and the weekend', () =>
    assert.equal(
      nextDayWithPlaces(answer(['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']), '2026-12-08'),
      '2026-12-14',
    ));
  it('the day after, when it has places', () =>
    assert.equal(nextDayWithPlaces(answer(['2026-12-07']), '2026-12-07'), '2026-12-08'));
  it('none when every later day is full', () =>
    assert.equal(
      nextDayWithPlaces(
        answer(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14']),
        '2026-12-07',
      ),
      null,
    ));
});

describe('a day whose booking window opens later (the MPP opens the last day at 07.00)', () => {
  const lastDay = (now: string) =>
    day({ date: '2026-12-14', now: at(now), sessions: weeklySessions(1, 10), windowOpensAt: '07:00' });
  it('before the hour: not open yet, and says when it opens', () => {
    const d = lastDay('2026-12-07T06:59:59+07:00');
    assert.equal(d.open, false);
    assert.equal(d.reason?.code, 'closed');
    assert.equal(opensAt(d), '2026-12-07T07:00:00+07:00');
    assert.equal(isFull(d), false);
  });
  it('at the hour: open, with its places', () => {
    const d = lastDay('2026-12-07T07:00:00+07:00');
    assert.equal(d.open, true);
    assert.equal(opensAt(d), null);
    assert.equal(placesLeft(d), 35);
  });
  it('across midnight: the day before, the same date is beyond the window (closed, no hour)', () => {
    const d = lastDay('2026-12-06T23:59:00+07:00');
    assert.equal(d.open, false);
    assert.equal(opensAt(d), null);
  });
  it('a day of the window that is open already has no opening hour', () =>
    assert.equal(opensAt(day({ windowOpensAt: '07:00', now: at('2026-12-07T06:00:00+07:00') })), null));
});
