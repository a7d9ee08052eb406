/** Rules of applications (permohonan) a resident follows: when one is overdue, and when one is due. */
import type { Application } from '../api/types.js';
import type { MppClock } from './calendar.js';

/** An application in progress past its deadline (a calendar date, compared with today in the MPP's calendar). */
export function isOverdue(application: Pick<Application, 'status' | 'deadline'>, today: string): boolean {
  return application.status === 'in_progress' && application.deadline < today;
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
