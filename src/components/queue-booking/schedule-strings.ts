// The words of the day and session choices in Bahasa Indonesia (English in schedule-strings.en.ts): a table of its
// own, fetched with schedule-choices.ts beside the first schedule.
import { localised } from '../../core/i18n.js';

/** Places left, full, not open yet and closed: what each day and session says before the resident picks it. */
const id = {
  placesLeft: (n: number) => `${n} tempat tersisa`,
  full: 'Penuh',
  fullNext: (date: string) => `Hari terdekat yang masih ada tempat: ${date}`,
  fullNone: 'Tidak ada hari lain yang masih ada tempat',
  notOpen: 'Belum dibuka',
  opens: (when: string) => `Dibuka ${when}`,
  opensIn: (left: string) => `${left} lagi`,
  closedWeekend: 'Tutup (akhir pekan)',
  closedHoliday: (name: string) => `Libur Nasional: ${name}`,
  closedCutiBersama: (name: string) => `Cuti Bersama: ${name}`,
  closed: 'Tutup',
  ended: 'Sudah berakhir',
};

export type ScheduleStrings = typeof id;

export const scheduleStrings = localised(id, () => import('./schedule-strings.en.js').then((m) => m.en));
