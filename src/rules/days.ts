/**
 * What the day question shows before a resident chooses: places a day still offers, whether it is full, and the
 * next day that has places. Read from the availability answer alone, so the widget and the server agree.
 */
import type { AvailabilityDay } from '../api/types.js';

/** Places a day still offers: the remaining places of its sessions that can still be booked. */
export function placesLeft(day: AvailabilityDay): number {
  return day.open ? day.sessions.reduce((n, s) => n + (s.bookable === false ? 0 : s.remaining), 0) : 0;
}

/**
 * Whether an open day is full. The API says so (`full`); an answer without the field (an older implementation)
 * counts a day without places as full.
 */
export function isFull(day: AvailabilityDay): boolean {
  return day.open && (day.full ?? placesLeft(day) === 0);
}

/** The first day after `date` that still has places, or null when no later day in the answer has any. */
export function nextDayWithPlaces(days: readonly AvailabilityDay[], date: string): string | null {
  return days.find((d) => d.date > date && placesLeft(d) > 0)?.date ?? null;
}

/** When a day of the window not open yet opens (an instant), or null for a day that is open or closed for good. */
export function opensAt(day: AvailabilityDay): string | null {
  return (!day.open && day.reason?.code === 'closed' && day.reason.opensAt) || null;
}
