/**
 * Calendar arithmetic in the MPP's time zone. Dates are `YYYY-MM-DD` strings; instants are milliseconds since the
 * epoch, written as ISO 8601 with the MPP's offset, as the contract says. Indonesia keeps no daylight saving time,
 * so a fixed offset is exact.
 */

/** Western Indonesian Time (WIB, UTC+7), the zone of the Tanjungpinang MPP. */
export const WIB_OFFSET_MINUTES = 7 * 60;

/** Date and time helpers bound to one UTC offset. */
export interface MppClock {
  /** The local calendar date of an instant. */
  dateOf(ms: number): string;
  /** An instant as local ISO 8601 with its offset (`2026-12-07T08:00:00+07:00`). */
  isoLocal(ms: number): string;
  /** The instant of a local date and `HH:MM`. */
  at(date: string, hhmm: string): number;
  /** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
  weekday(date: string): number;
  /** `date` plus `n` days. */
  addDays(date: string, n: number): string;
  /** Whole days from `from` to `to` (negative when `to` is earlier). */
  daysBetween(from: string, to: string): number;
  /** The offset as written after an ISO time: `+07:00`. */
  suffix: string;
}

/** The clock helpers of a UTC offset in minutes (east positive). */
export function makeClock(utcOffsetMinutes: number = WIB_OFFSET_MINUTES): MppClock {
  const offsetMs = utcOffsetMinutes * 60_000;
  const sign = utcOffsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(utcOffsetMinutes);
  const suffix = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return {
    suffix,
    dateOf: (ms) => new Date(ms + offsetMs).toISOString().slice(0, 10),
    isoLocal: (ms) => new Date(ms + offsetMs).toISOString().slice(0, 19) + suffix,
    at: (date, hhmm) => Date.parse(`${date}T${hhmm}:00${suffix}`),
    weekday: (date) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1,
    addDays: (date, n) => {
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    },
    daysBetween: (from, to) =>
      Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
  };
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (not `2026-02-30`). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
