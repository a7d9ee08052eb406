// The board's strings in Bahasa Indonesia; the English table (strings.en.ts) is fetched when the board speaks English.
import { localised } from '../../core/i18n.js';

const id = {
  heading: 'Panggilan antrean',
  counters: 'Dipanggil sekarang',
  recent: 'Panggilan terakhir',
  idle: 'Belum memanggil',
  connecting: 'Menghubungkan ke sistem antrean…',
  emptyTitle: 'Belum ada nomor yang dipanggil',
  emptyBody: 'Nomor antrean akan tampil di sini begitu petugas memanggil.',
  live: 'Langsung',
  polling: 'Diperbarui berkala',
  reconnecting: 'Menyambung ulang…',
  offlineTitle: 'Koneksi ke sistem antrean terputus',
  offlineBody: (at: string) => `Yang tampil adalah panggilan terakhir yang diterima, pukul ${at}. Menyambung ulang…`,
  errorTitle: 'Papan antrean tidak dapat dimuat',
  retry: 'Coba lagi',
  soundOn: 'Aktifkan suara',
  soundOff: 'Matikan suara',
  soundEnabled: 'Suara panggilan aktif.',
  goTo: 'ke',
  /** What the polite live region says for a call (the spoken call is separate: rules/announce.ts). */
  called: (number: string, counter: string) => `Nomor antrean ${number}, silakan ke ${counter}.`,
};

export type BoardStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
