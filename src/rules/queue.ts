/**
 * Rules of the day of the visit: the check-in window, expiry of a booking nobody came for, queue numbers, the
 * order of the queue and the waiting estimate. Times are milliseconds since the epoch, passed in.
 */
import type { BookingStatus } from '../api/types.js';
import type { BookingRules, Refusal } from './booking.js';

/** When check-in opens and closes for a session. */
export interface CheckInWindow {
  opensAt: number;
  closesAt: number;
}

/** Check-in opens `checkInMinutes` before a session starts and closes as long after it ends. */
export function checkInWindow(rules: BookingRules, sessionStart: number, sessionEnd: number): CheckInWindow {
  const margin = rules.checkInMinutes * 60_000;
  return { opensAt: sessionStart - margin, closesAt: sessionEnd + margin };
}

/** A booked visit whose check-in closed without the resident is expired from then on. */
export function settledStatus(status: BookingStatus, window: CheckInWindow, now: number): BookingStatus {
  return status === 'booked' && now > window.closesAt ? 'expired' : status;
}

/** Whether the counter may check a booking in now; `formatTime` writes the window's times for the detail. */
export function checkInRefusal(
  status: BookingStatus,
  window: CheckInWindow,
  now: number,
  formatTime: (ms: number) => string,
): Refusal | null {
  if (status !== 'booked') return { status: 409, code: 'booking_not_active' };
  if (now < window.opensAt || now > window.closesAt)
    return {
      status: 409,
      code: 'check_in_closed',
      detail: `Check-in dibuka ${formatTime(window.opensAt)} sampai ${formatTime(window.closesAt)}.`,
    };
  return null;
}

/**
 * Cancelling and moving apply to a booking that is still only booked, or whose day the MPP closed (the resident is
 * offered another day, or gives the visit up).
 */
export function changeRefusal(status: BookingStatus): Refusal | null {
  return status === 'booked' || status === 'closed' ? null : { status: 409, code: 'booking_not_active' };
}

/** The queue number of the `seq`-th check-in of the day at an agency: its short name's initial, `D-007`. */
export function queueNumber(agencyShortName: string | undefined, seq: number): string {
  const letter = (agencyShortName || 'A')[0].toUpperCase();
  return `${letter}-${String(seq).padStart(3, '0')}`;
}

/**
 * People before a resident in the agency's queue: none once called; those checked in earlier once checked in;
 * everyone already checked in while the resident has not yet come (they will join behind them).
 */
export function peopleAhead(status: BookingStatus, queue: { waitingBefore: number; waiting: number }): number {
  if (status === 'serving') return 0;
  return status === 'checked_in' ? queue.waitingBefore : queue.waiting;
}

/**
 * When a resident's turn is expected, or null once they are at a counter: the people ahead shared among the
 * counters, counted from now — but never before the session starts, since nobody is served for it earlier, and
 * never before now.
 */
export function estimatedTurnAt(
  rules: BookingRules,
  visit: { status: BookingStatus; ahead: number; counters: number; sessionStart: number; now: number },
): number | null {
  if (visit.status === 'serving') return null;
  const counters = Math.max(1, visit.counters);
  const waitMs = Math.ceil((visit.ahead * rules.averageServiceMinutes) / counters) * 60_000;
  return Math.max(visit.now, visit.sessionStart) + waitMs;
}

/**
 * Where a visit stands on its day, as the resident's tracker words it: check-in still to open (no queue joined yet),
 * check-in open, check-in missed (closed without the resident, whether the server has settled it yet or not), in
 * the queue, called to a counter, or over (served, cancelled, not present when called, the day closed).
 */
export type VisitPhase = 'check_in_later' | 'check_in_open' | 'check_in_missed' | 'waiting' | 'called' | 'over';

/** The phase of a visit at `now`, from its status and check-in window. */
export function visitPhase(status: BookingStatus, window: CheckInWindow, now: number): VisitPhase {
  if (status === 'serving') return 'called';
  if (status === 'checked_in') return 'waiting';
  if (status === 'expired') return 'check_in_missed';
  if (status !== 'booked') return 'over';
  return now < window.opensAt ? 'check_in_later' : now > window.closesAt ? 'check_in_missed' : 'check_in_open';
}

/**
 * The estimate a resident is shown: the API's, but never before the session starts nor before now — an answer ages
 * between refreshes, and an estimate already past is not one.
 */
export function shownEstimate(estimatedAt: number, sessionStart: number, now: number): number {
  return Math.max(estimatedAt, sessionStart, now);
}

/** Whether live queue data belongs in a booking's answer: on the day of the visit, while it is active. */
export function showsLiveQueue(status: BookingStatus, date: string, today: string): boolean {
  return date === today && (status === 'booked' || status === 'checked_in' || status === 'serving');
}

/** What the counter records about the visitor it called: served, did not come to the counter, or sent on. */
export type VisitOutcome = 'served' | 'no_show' | 'transferred';

/**
 * The status a called visit moves to: served is `done`; a visitor who did not come when called is `no_show`; one
 * sent to another counter is back in line (`checked_in`), first for that counter's next call.
 */
export const OUTCOME_STATUS: Readonly<Record<VisitOutcome, BookingStatus>> = {
  served: 'done',
  no_show: 'no_show',
  transferred: 'checked_in',
};

/**
 * Whether a counter may record `outcome` for a visit: only a visit being served has one, and a transfer names
 * another counter of the agency (`counters`, its counters' ids) than the one serving it.
 */
export function outcomeRefusal(
  visit: { status: BookingStatus; counterId: string | null },
  outcome: VisitOutcome,
  transferTo: string | undefined,
  counters: readonly string[],
): Refusal | null {
  if (outcome === 'transferred') {
    const message = !transferTo
      ? 'Pilih loket tujuan.'
      : !counters.includes(transferTo)
        ? 'Loket tidak dikenal.'
        : transferTo === visit.counterId
          ? 'Pilih loket lain dari loket yang melayani sekarang.'
          : null;
    if (message)
      return { status: 422, code: 'validation_failed', errors: [{ field: 'counterId', code: 'not_allowed', message }] };
  }
  return visit.status === 'serving' ? null : { status: 409, code: 'booking_not_active' };
}
