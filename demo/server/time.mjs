// Calendar arithmetic in the MPP's time zone (WIB, UTC+7, no daylight saving). Dates are `YYYY-MM-DD` strings;
// instants are ISO 8601 with the +07:00 offset, as the contract says.

export function makeClock(utcOffsetMinutes) {
  const offsetMs = utcOffsetMinutes * 60_000;
  const sign = utcOffsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(utcOffsetMinutes);
  const suffix = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;

  /** The local calendar date of an instant. */
  const dateOf = (ms) => new Date(ms + offsetMs).toISOString().slice(0, 10);
  /** An instant as local ISO 8601 with offset. */
  const isoLocal = (ms) => new Date(ms + offsetMs).toISOString().slice(0, 19) + suffix;
  /** The instant of a local date and `HH:MM`. */
  const at = (date, hhmm) => Date.parse(`${date}T${hhmm}:00${suffix}`);
  /** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
  const weekday = (date) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const addDays = (date, n) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const daysBetween = (from, to) =>
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

  return { dateOf, isoLocal, at, weekday, addDays, daysBetween, suffix };
}

/** A real calendar date in `YYYY-MM-DD`. */
export function isCalendarDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
