// The counter's outcomes and the reports' figures as tables of cases (src/rules/queue.ts, src/rules/reports.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BookingStatus } from '../../src/api/types.js';
import {
  isNoShow,
  OUTCOME_STATUS,
  outcomeRefusal,
  reportFigures,
  reportRows,
  waitMinutes,
  type VisitFact,
  type VisitOutcome,
} from '../../src/rules/index.js';

const COUNTERS = ['loket-1', 'loket-2'];

describe('the outcome of a call', () => {
  const cases: [BookingStatus, VisitOutcome, string | undefined, string | null][] = [
    ['serving', 'served', undefined, null],
    ['serving', 'no_show', undefined, null],
    ['serving', 'transferred', 'loket-2', null],
    ['serving', 'transferred', undefined, 'counterId'],
    ['serving', 'transferred', 'loket-9', 'counterId'],
    ['serving', 'transferred', 'loket-1', 'counterId'],
    ['checked_in', 'served', undefined, 'booking_not_active'],
    ['booked', 'no_show', undefined, 'booking_not_active'],
    ['done', 'served', undefined, 'booking_not_active'],
  ];
  for (const [status, outcome, to, refused] of cases)
    it(`${outcome}${to ? ` to ${to}` : ''} of a ${status} visit at loket-1: ${refused ?? 'allowed'}`, () => {
      const r = outcomeRefusal({ status, counterId: 'loket-1' }, outcome, to, COUNTERS);
      if (refused === null) assert.equal(r, null);
      else if (refused === 'counterId') assert.equal(r?.status === 422 && r.errors[0]!.field, 'counterId');
      else assert.equal(r?.code, refused);
    });

  it('moves a served visit to done, an absent one to no_show, a sent one back in line', () => {
    assert.deepEqual(OUTCOME_STATUS, { served: 'done', no_show: 'no_show', transferred: 'checked_in' });
  });
});

describe('the reports’ figures', () => {
  const fact = (over: Partial<VisitFact>): VisitFact => ({
    date: '2026-12-07',
    agencyId: 'a',
    serviceId: 's',
    status: 'done',
    checkedInAt: null,
    calledAt: null,
    ...over,
  });

  it('counts a booking never come as a no-show once its day is past, and one called and absent', () => {
    assert.equal(isNoShow({ status: 'booked', date: '2026-12-07' }, '2026-12-07'), false);
    assert.equal(isNoShow({ status: 'booked', date: '2026-12-06' }, '2026-12-07'), true);
    assert.equal(isNoShow({ status: 'expired', date: '2026-12-07' }, '2026-12-07'), true);
    assert.equal(isNoShow({ status: 'no_show', date: '2026-12-07' }, '2026-12-07'), true);
    assert.equal(isNoShow({ status: 'cancelled', date: '2026-12-06' }, '2026-12-07'), false);
  });

  it('measures the wait from check-in to the first call, never below zero', () => {
    assert.equal(
      waitMinutes({ checkedInAt: '2026-12-07T08:00:00+07:00', calledAt: '2026-12-07T08:12:30+07:00' }),
      12.5,
    );
    assert.equal(waitMinutes({ checkedInAt: '2026-12-07T08:00:00+07:00', calledAt: null }), null);
    assert.equal(waitMinutes({ checkedInAt: '2026-12-07T08:10:00+07:00', calledAt: '2026-12-07T08:00:00+07:00' }), 0);
  });

  it('gives whole-minute average and median waits, and none when nobody was called', () => {
    const called = (m: number) =>
      fact({
        checkedInAt: '2026-12-07T08:00:00+07:00',
        calledAt: `2026-12-07T08:${String(m).padStart(2, '0')}:00+07:00`,
      });
    const f = reportFigures([called(5), called(10), called(30), fact({ status: 'cancelled' })], '2026-12-08');
    assert.deepEqual(f, {
      bookings: 4,
      cancelled: 1,
      visits: 3,
      served: 3,
      noShows: 0,
      waitAverageMinutes: 15,
      waitMedianMinutes: 10,
    });
    assert.equal(reportFigures([called(5), called(10)], '2026-12-08').waitMedianMinutes, 8, '7.5 rounds up');
    assert.equal(reportFigures([fact({ status: 'expired' })], '2026-12-08').waitAverageMinutes, null);
  });

  it('makes one row per day, agency and service, in that order', () => {
    const rows = reportRows(
      [
        fact({ date: '2026-12-08', agencyId: 'b' }),
        fact({ date: '2026-12-07', agencyId: 'b' }),
        fact({ date: '2026-12-07', agencyId: 'a', serviceId: 't' }),
        fact({ date: '2026-12-07', agencyId: 'a' }),
        fact({ date: '2026-12-07', agencyId: 'a' }),
      ],
      '2026-12-09',
    );
    assert.deepEqual(
      rows.map((r) => [r.date, r.agencyId, r.serviceId, r.bookings]),
      [
        ['2026-12-07', 'a', 's', 2],
        ['2026-12-07', 'a', 't', 1],
        ['2026-12-07', 'b', 's', 1],
        ['2026-12-08', 'b', 's', 1],
      ],
    );
  });
});
