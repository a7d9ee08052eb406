/** Rules of applications (permohonan) a resident follows: when one is overdue. */
import type { Application } from '../api/types.js';

/** An application in progress past its deadline (a calendar date, compared with today in the MPP's calendar). */
export function isOverdue(application: Pick<Application, 'status' | 'deadline'>, today: string): boolean {
  return application.status === 'in_progress' && application.deadline < today;
}
