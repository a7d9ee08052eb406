// Personal data kept no longer than needed (UU 27/2022): a job that erases the name, phone, e-mail and NIK hash and
// digits of bookings whose visit day is more than `MPP_RETENTION_DAYS` (default 90) days past, and the kept answers
// of booking requests as old. What remains (day, service, status, times) is counted by the reports. Safe with
// several instances: the erasing UPDATE only touches rows not yet erased, and on PostgreSQL one instance at a time
// holds the job's advisory lock. Each run that erased something leaves one audit entry (actor `system`). Each run also
// rewrites the survey's answered markers (PostgreSQL), so the answers it finds can no longer be paired with them.
import type { MppClock } from '../src/rules/index.js';
import type { StaffStore } from './store/staff-types.js';
import type { VisitStore } from './store/visits-types.js';
import type { CallLog } from './store/calls.js';
import type { SurveyStore } from './store/survey-types.js';

export interface RetentionDeps {
  visits: VisitStore;
  staff: StaffStore;
  clock: MppClock;
  /** Days after the visit day that a booking keeps its personal data. */
  days: number;
  /** The hall's call log: a board needs only today's, so earlier days are dropped on each run. */
  calls?: CallLog;
  /** The survey's markers, rewritten on each run so none shares a transaction or heap order with its answer. */
  surveys?: SurveyStore;
}

/** One run at `now`: answers how many bookings it erased. */
export async function runRetention(
  { visits, staff, clock, days, calls, surveys }: RetentionDeps,
  now: number,
): Promise<number> {
  const at = clock.isoLocal(now);
  await calls?.dropBefore(clock.addDays(clock.dateOf(now), -1));
  await surveys?.rewriteMarkers();
  const beforeDate = clock.addDays(clock.dateOf(now), -days);
  const erased = await visits.eraseBefore(beforeDate, clock.isoLocal(clock.at(beforeDate, '00:00')), at);
  if (erased > 0)
    await staff.appendAudit({
      at,
      actorKind: 'system',
      actorId: 'retention',
      actorLabel: `retensi ${days} hari`,
      action: 'privacy.retention',
      agencyId: null,
      target: null,
      before: null,
      after: { erased, visitsBefore: beforeDate },
    });
  return erased;
}

/**
 * Runs the job now and then every `intervalMinutes`; answers a function that stops it. A failed run is one line
 * on stderr (never a booking's data) and the next run tries again.
 */
export function scheduleRetention(deps: RetentionDeps, now: () => number, intervalMinutes: number): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const erased = await runRetention(deps, now());
      if (erased > 0) console.log(JSON.stringify({ t: new Date().toISOString(), job: 'retention', erased }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', job: 'retention', message }));
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
