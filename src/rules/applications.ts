/** Rules of applications (permohonan) a resident follows: when one is overdue, and when one is due. */
import type { Application } from '../api/types.js';
import type { MppClock } from './calendar.js';

/**
 * An application in progress past its deadline (a calendar date, compared with today in the MPP's calendar). One
 * without a deadline, or paused (waiting for the resident), is never overdue.
 */
export function isOverdue(application: Pick<Application, 'status' | 'deadline' | 'pause'>, today: string): boolean {
  const { status, deadline, pause } = application;
  return status === 'in_progress' && !pause && deadline !== undefined && deadline < today;
}

/**
 * The deadline of an application received on `received` whose service standard promises it in `workingDays`
 * working days (the unit of a service standard): the day of receipt does not count, and neither do weekends nor
 * the days `isClosed` names (national holidays, *cuti bersama*). Zero days is the day of receipt itself.
 */
export function deadlineAfterWorkingDays(
  clock: MppClock,
  received: string,
  workingDays: number,
  isClosed: (date: string) => boolean,
): string {
  let date = received;
  for (let left = workingDays; left > 0;) {
    date = clock.addDays(date, 1);
    if (clock.weekday(date) < 6 && !isClosed(date)) left--;
  }
  return date;
}

/**
 * The working days an application stayed paused: from the day it was paused (counted when a working day) to the day
 * it resumed (not counted). Paused and resumed on one day: none.
 */
export function workingDaysPaused(
  clock: MppClock,
  pausedOn: string,
  resumedOn: string,
  isClosed: (date: string) => boolean,
): number {
  let days = 0;
  for (let date = pausedOn; date < resumedOn; date = clock.addDays(date, 1))
    if (clock.weekday(date) < 6 && !isClosed(date)) days++;
  return days;
}
