// The rules of applications as tables of cases: deadlines in working days, overdue, and the days a pause lasted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadlineAfterWorkingDays, isOverdue, makeClock, workingDaysPaused } from '../../src/rules/index.js';

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

describe('overdue', () => {
  const today = '2026-12-10';
  const cases: [string, Parameters<typeof isOverdue>[0], boolean][] = [
    ['in progress, deadline yesterday', { status: 'in_progress', deadline: '2026-12-09' }, true],
    ['in progress, deadline today', { status: 'in_progress', deadline: '2026-12-10' }, false],
    ['ready, deadline passed', { status: 'ready', deadline: '2026-12-01' }, false],
    ['in progress, no deadline in the standard', { status: 'in_progress' }, false],
    [
      'paused, waiting for the resident, deadline passed',
      { status: 'in_progress', deadline: '2026-12-01', pause: { since: '2026-11-30T10:00:00+07:00', reason: 'x' } },
      false,
    ],
  ];
  for (const [name, application, overdue] of cases)
    it(name, () => assert.equal(isOverdue(application, today), overdue));
});

describe('working days paused', () => {
  const cases: [string, string, string, number][] = [
    ['paused and resumed on one day: none', '2026-12-07', '2026-12-07', 0],
    ['Monday to Wednesday: Monday and Tuesday', '2026-12-07', '2026-12-09', 2],
    ['Friday to Monday: Friday only', '2026-12-11', '2026-12-14', 1],
    ['paused on a Saturday, resumed Monday: none', '2026-12-12', '2026-12-14', 0],
    ['over cuti bersama and Christmas: 21 to 28 December, three', '2026-12-21', '2026-12-28', 3],
  ];
  for (const [name, from, to, days] of cases)
    it(name, () => assert.equal(workingDaysPaused(clock, from, to, isClosed), days));
});
