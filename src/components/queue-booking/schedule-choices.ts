// The day and session questions' choices (places left, full, not open yet with its countdown, closed and why),
// and the watch on a day about to open: fetched beside the first schedule (booking-flow.ts), so the element's
// first file carries only the questions' frames and their loading and failure states.
import type { AvailabilityDay, Session } from '../../api/types.js';
import { markId } from '../../core/mark-id.js';
import { formatDate, formatTime, formatTimeRange } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { isFull, nextDayWithPlaces, opensAt, placesLeft } from '../../rules/days.js';
import type { BookingFlow } from './booking-flow.js';
import type { Choice } from './choices.js';
import type { ScheduleStrings } from './schedule-strings.js';

export { scheduleStrings } from './schedule-strings.js';

const HOUR = 3_600_000;

/** "Senin 07.00 WIB": the weekday and time an instant of the MPP's calendar falls on. */
const weekdayTime = (instant: string, lang: Lang) =>
  `${formatDate(instant.slice(0, 10), lang).split(',')[0]} ${formatTime(instant, lang)}`;

/**
 * Why a day cannot be booked, or how many places it has left — shown before the resident picks it: a full day with
 * the next day that has places, a day not open yet with when it opens (and, from an hour before, the minutes and
 * seconds left: `opensIn`).
 */
export function dayChoice(
  day: AvailabilityDay,
  days: readonly AvailabilityDay[],
  t: ScheduleStrings,
  lang: Lang,
  opensIn = 0,
): Choice {
  const label = formatDate(day.date, lang);
  const opening = opensAt(day);
  if (opening) {
    const left = `${Math.floor(opensIn / 60)}:${String(Math.ceil(opensIn) % 60).padStart(2, '0')}`;
    const hint = t.opens(weekdayTime(opening, lang));
    return {
      value: day.date,
      label,
      tag: t.notOpen,
      hint: opensIn ? `${hint} (${t.opensIn(left)})` : hint,
      disabled: true,
    };
  }
  if (isFull(day)) {
    const next = nextDayWithPlaces(days, day.date);
    return {
      value: day.date,
      label,
      tag: t.full,
      hint: next ? t.fullNext(formatDate(next, lang)) : t.fullNone,
      disabled: true,
    };
  }
  if (!day.open) {
    const reason = day.reason;
    const hint =
      reason?.code === 'weekend'
        ? t.closedWeekend
        : reason?.code === 'holiday'
          ? t.closedHoliday(reason.name ?? '')
          : reason?.code === 'cuti_bersama'
            ? t.closedCutiBersama(reason.name ?? '')
            : reason?.name
              ? `${t.closed}: ${reason.name}`
              : t.closed;
    // A closed day's name (a holiday's) is the API's Indonesian text: marked so on a page in another language.
    return { value: day.date, label, hint: markId(hint, [reason?.name], lang), disabled: true };
  }
  const places = placesLeft(day);
  return { value: day.date, label, hint: places ? t.placesLeft(places) : t.ended, disabled: !places };
}

export function sessionChoice(session: Session, t: ScheduleStrings, lang: Lang): Choice {
  const label = formatTimeRange(session.start, session.end, lang);
  const ended = session.bookable === false && session.remaining > 0;
  return {
    value: session.id,
    label,
    tag: ended ? undefined : session.remaining ? undefined : t.full,
    // A full session says "Penuh" once, in its name: no "0 tempat tersisa" after it.
    hint: ended ? t.ended : session.remaining ? t.placesLeft(session.remaining) : '',
    disabled: ended || !session.remaining,
  };
}

/**
 * Follows the next day of the window that opens later: a timer until an hour before, then one a second, counting
 * `flow.openingIn` down; at the hour the schedule is asked again, so the day shows its places.
 */
export function watchOpening(flow: BookingFlow): void {
  clearTimeout(flow.openingTimer);
  const next = flow.availability?.days.map(opensAt).find(Boolean);
  if (!next) return;
  const at = Date.parse(next);
  const ms = at - Date.now();
  flow.openingIn = ms > 0 && ms <= HOUR ? Math.ceil(ms / 1000) : 0;
  flow.host.requestUpdate();
  // Past the hour by the device's clock but not yet by the server's: ask again every 10 s.
  const wait = ms <= 0 ? 10_000 : ms > HOUR ? ms - HOUR : Math.min(1000, ms);
  flow.openingTimer = setTimeout(() => (Date.now() < at ? watchOpening(flow) : void flow.loadAvailability()), wait);
}
