/**
 * Rules of a service's weekly schedule as staff change it: which sessions a weekday has (start, end, quota), the
 * hour the booking window's last day opens, and whether a change may be made while residents hold bookings.
 * Pure: the caller passes the schedule and the bookings it has counted.
 */
import type { FieldError } from '../api/types.js';
import type { SessionTemplate } from './booking.js';

/** The sessions of one weekday (ISO: 1 = Monday … 7 = Sunday) as staff write them. */
export interface WeekdaySessions {
  weekday: number;
  sessions: { start: string; end: string; quota: number }[];
}

/** A service's schedule: the sessions of each weekday that has any, and the window's opening hour. */
export interface Schedule {
  /** `HH:MM`: the window's last day opens at this hour; null: it is open from midnight. */
  windowOpensAt: string | null;
  weekdays: WeekdaySessions[];
}

const FRIDAY = 5;
/** The Friday prayer break: no session may overlap it. */
export const FRIDAY_PRAYER_BREAK = { from: '11:30', to: '13:30' } as const;
/** Most sessions a weekday may have (quarter-hour sessions from 07:00 to 17:00). */
export const MAX_SESSIONS_PER_DAY = 40;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A session's id is its start, `s0800`: the same session keeps its id when its end or quota changes. */
export const sessionIdOf = (start: string): string => `s${start.replace(':', '')}`;

/** The templates of a weekday's sessions as the store keeps them, in start order. */
export const templatesOf = (day: WeekdaySessions): SessionTemplate[] =>
  [...day.sessions]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => ({ id: sessionIdOf(s.start), start: s.start, end: s.end, quota: s.quota }));

const WEEKDAY_NAMES = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
/** The Indonesian name of an ISO weekday. */
export const weekdayName = (weekday: number): string => WEEKDAY_NAMES[weekday - 1] ?? String(weekday);
const dotted = (hhmm: string) => hhmm.replace(':', '.');

/**
 * What is wrong with a schedule, field by field (paths like `weekdays/0/sessions/1/end`): times written `HH:MM`,
 * an end after its start, no two sessions of a day overlapping, none across the Friday prayer break, none on a
 * weekend (the calendar closes it), a quota of at least one, each weekday once. The contract checks the shapes first; this states what a shape cannot.
 */
export function scheduleErrors(schedule: Schedule): FieldError[] {
  const errors: FieldError[] = [];
  const error = (field: string, code: string, message: string): false => {
    errors.push({ field, code, message });
    return false;
  };
  if (schedule.windowOpensAt !== null && !TIME.test(schedule.windowOpensAt))
    error('windowOpensAt', 'time_format', 'Tulis jam seperti 07:00.');
  const seen = new Set<number>();
  schedule.weekdays.forEach((day, d) => {
    const at = `weekdays/${d}`;
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      error(`${at}/weekday`, 'weekday', 'Hari 1 (Senin) sampai 7 (Minggu).');
      return;
    }
    if (seen.has(day.weekday))
      error(`${at}/weekday`, 'duplicate', `${weekdayName(day.weekday)} tertulis lebih dari sekali.`);
    seen.add(day.weekday);
    // The calendar closes weekends (closedReason): a session there would never be offered.
    if (day.weekday >= 6 && day.sessions.length)
      error(`${at}/sessions`, 'weekend', `${weekdayName(day.weekday)}: MPP tutup pada akhir pekan.`);
    if (day.sessions.length > MAX_SESSIONS_PER_DAY)
      error(`${at}/sessions`, 'too_many', `Paling banyak ${MAX_SESSIONS_PER_DAY} sesi sehari.`);
    const valid: { start: string; end: string; index: number }[] = [];
    day.sessions.forEach((s, i) => {
      const field = `${at}/sessions/${i}`;
      let ok = true;
      if (!TIME.test(s.start)) ok = error(`${field}/start`, 'time_format', 'Tulis jam mulai seperti 08:00.');
      if (!TIME.test(s.end)) ok = error(`${field}/end`, 'time_format', 'Tulis jam selesai seperti 09:00.');
      if (!Number.isInteger(s.quota) || s.quota < 1)
        error(`${field}/quota`, 'quota_min', 'Kuota sekurang-kurangnya 1 orang.');
      if (!ok) return;
      if (s.end <= s.start) {
        error(`${field}/end`, 'end_before_start', 'Jam selesai harus sesudah jam mulai.');
        return;
      }
      if (day.weekday === FRIDAY && s.start < FRIDAY_PRAYER_BREAK.to && s.end > FRIDAY_PRAYER_BREAK.from)
        error(
          `${field}/start`,
          'friday_break',
          `Hari Jumat tidak ada sesi antara ${dotted(FRIDAY_PRAYER_BREAK.from)} dan ${dotted(FRIDAY_PRAYER_BREAK.to)} (salat Jumat).`,
        );
      valid.push({ start: s.start, end: s.end, index: i });
    });
    valid.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < valid.length; i++) {
      const before = valid[i - 1]!;
      const s = valid[i]!;
      if (s.start < before.end)
        error(
          `${at}/sessions/${s.index}/start`,
          s.start === before.start ? 'duplicate' : 'overlap',
          `Sesi ${dotted(s.start)}–${dotted(s.end)} bertumpuk dengan sesi ${dotted(before.start)}–${dotted(before.end)}.`,
        );
    }
  });
  return errors;
}

/** Bookings counted on a session of a date from today on: those still on, and those holding a place. */
export interface SessionBookings {
  date: string;
  weekday: number;
  sessionId: string;
  /** Booked, checked in or being served. */
  active: number;
  /** Active or already served: places the session's quota must still hold. */
  holding: number;
}

/** A booking-holding session a schedule change would break, and how. */
export interface ScheduleConflict {
  date: string;
  sessionId: string;
  /** `removed`: the session is gone; `times_changed`: its end moved; `quota_below_taken`: fewer places than taken. */
  reason: 'removed' | 'times_changed' | 'quota_below_taken';
  bookings: number;
}

/**
 * What a schedule change would do to bookings already made (from today on). A change never drops a booking: a
 * session that residents hold may not be removed nor have its times moved, and its quota may not fall below the
 * places taken. Staff who must cancel such a session close the day first (the residents are told and offered
 * another day), then change the schedule.
 */
export function scheduleConflicts(
  current: (weekday: number) => SessionTemplate[],
  next: (weekday: number) => SessionTemplate[],
  booked: readonly SessionBookings[],
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  for (const b of booked) {
    if (b.holding === 0 && b.active === 0) continue;
    const was = current(b.weekday).find((s) => s.id === b.sessionId);
    const now = next(b.weekday).find((s) => s.id === b.sessionId);
    if (!now) {
      if (b.active > 0) conflicts.push({ date: b.date, sessionId: b.sessionId, reason: 'removed', bookings: b.active });
    } else if (was && b.active > 0 && (was.start !== now.start || was.end !== now.end))
      conflicts.push({ date: b.date, sessionId: b.sessionId, reason: 'times_changed', bookings: b.active });
    else if (now.quota < b.holding)
      conflicts.push({ date: b.date, sessionId: b.sessionId, reason: 'quota_below_taken', bookings: b.holding });
  }
  return conflicts;
}

/** A conflict as a field error of the change's answer (`409 conflict`), in Bahasa Indonesia. */
export function conflictError(c: ScheduleConflict): FieldError {
  const session = `${c.sessionId.slice(1, 3)}.${c.sessionId.slice(3)}`;
  const what =
    c.reason === 'removed'
      ? 'dihapus'
      : c.reason === 'times_changed'
        ? 'diubah jamnya'
        : `diberi kuota kurang dari ${c.bookings} tempat yang sudah terisi`;
  return {
    field: 'weekdays',
    code: c.reason,
    message: `Sesi ${session} pada ${c.date} tidak dapat ${what}: ${c.bookings} booking masih aktif. Tutup hari itu dahulu atau biarkan sesinya.`,
  };
}
