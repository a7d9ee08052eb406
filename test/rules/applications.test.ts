// The rules of applications as tables of cases: overdue, and deadlines counted in working days.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadlineAfterWorkingDays, makeClock } from '../../src/rules/index.js';

const clock = makeClock();
// Christmas 2026 falls on a Friday; the 24th is cuti bersama.
const CLOSED = new Set(['2026-12-24', '2026-12-25']);
const isClosed = (date: string) => CLOSED.has(date);

describe('a deadline in working days', () => {
  const cases: [string, string, number, string][] = [
    ['zero days: the day of receipt', '2026-12-07', 0, '2026-12-07'],
    ['Monday + 1: Tuesday (the day of receipt does not count)', '2026-12-07', 1, '2026-12-08'],
    ['Monday + 5: next Monday, over a weekend', '2026-12-07', 5, '2026-12-14'],
    ['Friday + 1: Monday', '2026-12-11', 1, '2026-12-14'],
    ['received on a Saturday + 1: Monday', '2026-12-12', 1, '2026-12-14'],
    ['Monday 21 Dec + 3: over cuti bersama, Christmas and the weekend, to Monday 28', '2026-12-21', 3, '2026-12-28'],
    ['Monday 21 Dec + 4: Tuesday 29', '2026-12-21', 4, '2026-12-29'],
    [
      '14 working days from Monday 7 Dec: 29 Dec, two closed days later than calendar weeks give',
      '2026-12-07',
      14,
      '2026-12-29',
    ],
  ];
  for (const [name, received, days, deadline] of cases)
    it(name, () => assert.equal(deadlineAfterWorkingDays(clock, received, days, isClosed), deadline));
});
