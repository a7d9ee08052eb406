/**
 * The monthly evaluation's figures: bookings, visits, served, no-shows and waiting times per day, agency and
 * service, counted from what is left of each booking once its personal data is erased (dates, statuses, times).
 * The server and the mock API both count with these functions.
 */
import type { BookingStatus } from '../api/types.js';

/** What a report reads of one booking: no personal data. */
export interface VisitFact {
  date: string;
  agencyId: string;
  serviceId: string;
  status: BookingStatus;
  /** ISO 8601 instants with offset; null when it never happened. */
  checkedInAt: string | null;
  calledAt: string | null;
}

/** The figures of one group of bookings. */
export interface ReportFigures {
  /** Every booking for the day, cancelled ones included. */
  bookings: number;
  cancelled: number;
  /** Residents who came and checked in. */
  visits: number;
  /** Visits the counter finished as served. */
  served: number;
  /** Booked and never came (expired, or still booked after the day), or called and absent at the counter. */
  noShows: number;
  /** Minutes from check-in to the first call, over the visits that were called; null when none were. */
  waitAverageMinutes: number | null;
  waitMedianMinutes: number | null;
}

/** One row of a report: a day, an agency and a service. */
export interface ReportRow extends ReportFigures {
  date: string;
  agencyId: string;
  serviceId: string;
}

/** Days a report may span at most: a year. */
export const REPORT_MAX_DAYS = 366;

/** Whether a booking is a no-show, on `today` (a booking of a past day still `booked` never came). */
export function isNoShow(f: Pick<VisitFact, 'status' | 'date'>, today: string): boolean {
  return f.status === 'expired' || f.status === 'no_show' || (f.status === 'booked' && f.date < today);
}

/** Minutes waited between check-in and the first call, or null when the visit was not called. */
export function waitMinutes(f: Pick<VisitFact, 'checkedInAt' | 'calledAt'>): number | null {
  if (!f.checkedInAt || !f.calledAt) return null;
  return Math.max(0, (Date.parse(f.calledAt) - Date.parse(f.checkedInAt)) / 60_000);
}

/** The figures of a group of bookings; waiting times in whole minutes (a spreadsheet reads them in any locale). */
export function reportFigures(facts: readonly VisitFact[], today: string): ReportFigures {
  const waits: number[] = [];
  const figures = { bookings: 0, cancelled: 0, visits: 0, served: 0, noShows: 0 };
  for (const f of facts) {
    figures.bookings++;
    if (f.status === 'cancelled') figures.cancelled++;
    if (f.checkedInAt) figures.visits++;
    if (f.status === 'done') figures.served++;
    if (isNoShow(f, today)) figures.noShows++;
    const wait = waitMinutes(f);
    if (wait !== null) waits.push(wait);
  }
  waits.sort((a, b) => a - b);
  const middle = waits.length >> 1;
  const median = waits.length % 2 ? waits[middle]! : (waits[middle - 1]! + waits[middle]!) / 2;
  return {
    ...figures,
    waitAverageMinutes: waits.length ? Math.round(waits.reduce((s, w) => s + w, 0) / waits.length) : null,
    waitMedianMinutes: waits.length ? Math.round(median) : null,
  };
}

/** The report's rows, one per day, agency and service that had bookings, in that order. */
export function reportRows(facts: readonly VisitFact[], today: string): ReportRow[] {
  const groups = new Map<string, VisitFact[]>();
  for (const f of facts) {
    const key = `${f.date}\u0000${f.agencyId}\u0000${f.serviceId}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const { date, agencyId, serviceId } = group[0]!;
    return { date, agencyId, serviceId, ...reportFigures(group, today) };
  });
}
