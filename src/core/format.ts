// Dates, times, money and weekdays through Intl, in the MPP's time zone (id-ID, Asia/Jakarta).
import type { Cost } from '../api/types.js';
import type { Lang } from './i18n.js';

/**
 * The MPP's time zone (WIB); every date and time the widgets show is in it, whatever the device's. An MPP in WITA
 * or WIT would make this, and the "WIB" written beside times, a setting.
 */
export const MPP_TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

// Creating an Intl formatter costs tens of milliseconds on a slow phone: make each once, on first use.
const formatters = new Map<string, object>();
function cached<T extends object>(key: string, make: () => T): T {
  // `set` answers the map itself.
  return (formatters.get(key) ?? formatters.set(key, make()).get(key)) as T;
}

/** `2026-01-05` → "Senin, 5 Januari 2026" / "Monday, 5 January 2026". What is not a date is shown as it came. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = String(date).split('-').map(Number);
  if (!(y && m && d)) return String(date);
  const formatter = cached(
    `date:${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2026-01-05T08:30:00+07:00` → "08.30" (id) / "08:30" (en), in the MPP's time zone. */
export function formatClock(instant: string | Date, lang: Lang): string {
  const formatter = cached(
    `clock:${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: MPP_TIME_ZONE,
      }),
  );
  const when = typeof instant === 'string' ? new Date(instant) : instant;
  // An answer that breaks the contract shows its text rather than taking the widget down with a RangeError.
  return Number.isNaN(when.getTime()) ? String(instant) : formatter.format(when);
}

/** `…T08:30:00+07:00` → "08.30 WIB". */
export function formatTime(instant: string | Date, lang: Lang): string {
  return `${formatClock(instant, lang)} WIB`;
}

/** A session's span: "08.00–09.00 WIB". */
export function formatTimeRange(start: string, end: string, lang: Lang): string {
  return `${formatClock(start, lang)}–${formatTime(end, lang)}`;
}

/** 30000 → "Rp30.000" (Rupiah have no minor unit in practice, and Indonesians write no space after Rp). */
export function formatRupiah(amount: number, lang: Lang): string {
  const formatter = cached(
    `idr:${lang}`,
    () =>
      new Intl.NumberFormat(LOCALES[lang], {
        style: 'currency',
        currency: 'IDR',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }),
  );
  return formatter.format(amount).replace(/^(Rp|IDR)\s+/, 'Rp');
}

const FREE: Record<Lang, string> = { id: 'Gratis', en: 'Free' };

/** A service's cost: "Gratis", "Rp30.000", or the published wording when it depends on the case. */
export function formatCost(cost: Cost, lang: Lang): string {
  if (cost.free) return FREE[lang];
  if (typeof cost.amount === 'number') return formatRupiah(cost.amount, lang);
  return cost.text;
}

/** Today's calendar date (`YYYY-MM-DD`) in the MPP's time zone. */
export function todayInMpp(now: Date = new Date()): string {
  const formatter = cached(
    'iso',
    () =>
      new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: MPP_TIME_ZONE }),
  );
  return formatter.format(now);
}

/** ISO weekday (1 = Monday) → its name: "Senin" / "Monday". */
export function weekdayName(isoWeekday: number, lang: Lang): string {
  const formatter = cached(
    `weekday:${lang}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }),
  );
  // 5 January 2026 was a Monday.
  return formatter.format(new Date(Date.UTC(2026, 0, 4 + isoWeekday)));
}

/** Consecutive weekdays as a span: [1, 2, 3, 4] → "Senin–Kamis"; [5] → "Jumat". */
export function formatWeekdays(weekdays: readonly number[], lang: Lang): string {
  const sorted = [...weekdays].sort((a, b) => a - b);
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (sorted.length > 2 && consecutive)
    return `${weekdayName(sorted[0], lang)}–${weekdayName(sorted[sorted.length - 1], lang)}`;
  return sorted.map((d) => weekdayName(d, lang)).join(', ');
}

/** `08:00` → "08.00" (id) / "08:00" (en): clock times of opening hours, already local to the MPP. */
export function formatHhmm(hhmm: string, lang: Lang): string {
  return lang === 'id' ? hhmm.replace(':', '.') : hhmm;
}

/** "12 detik yang lalu" / "12 seconds ago": how long ago an instant was, for "updated …" lines. */
export function formatAgo(instant: number, lang: Lang, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - instant) / 1000));
  const formatter = cached(`ago:${lang}`, () => new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' }));
  return seconds < 60 ? formatter.format(-seconds, 'second') : formatter.format(-Math.round(seconds / 60), 'minute');
}
