// The words of the day and session choices in English, of the same shape as schedule-strings.ts.
import type { ScheduleStrings } from './schedule-strings.js';

/** English, loaded on first use (core/i18n.ts). */
export const en: ScheduleStrings = {
  placesLeft: (n: number) => (n === 1 ? '1 place left' : `${n} places left`),
  full: 'Full',
  fullNext: (date: string) => `Nearest day with places: ${date}`,
  fullNone: 'No other day has places left',
  notOpen: 'Not open yet',
  opens: (when: string) => `Opens ${when}`,
  opensIn: (left: string) => `in ${left}`,
  closedWeekend: 'Closed (weekend)',
  closedHoliday: (name: string) => `Public holiday: ${name}`,
  closedCutiBersama: (name: string) => `Collective leave: ${name}`,
  closed: 'Closed',
  ended: 'Ended',
};
