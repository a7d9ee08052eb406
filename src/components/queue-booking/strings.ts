// The booking's first-half strings in Bahasa Indonesia (service, day, session); English in strings.en.ts.
import { localised } from '../../core/i18n.js';

/** The first half of the flow: service, day and session. The rest is in `finish-strings.ts`, loaded with it. */
const id = {
  heading: 'Ambil antrean MPP',
  serviceCount: (n: number) => `${n} layanan`,
  progress: (n: number, of: number) => `Langkah ${n} dari ${of}`,
  continue: 'Lanjutkan',
  back: 'Kembali',
  retry: 'Coba lagi',
  errorSummary: 'Ada yang perlu diperbaiki',
  errorPrefix: 'Kesalahan:',
  // service
  serviceQuestion: 'Layanan apa yang Anda perlukan?',
  serviceFilter: 'Cari layanan',
  serviceNone: 'Tidak ada layanan yang cocok. Coba kata lain.',
  serviceMore: 'Tampilkan semua layanan',
  serviceRequired: 'Pilih layanan yang Anda perlukan',
  servicesLoading: 'Memuat daftar layanan…',
  servicesError: 'Daftar layanan tidak dapat dimuat',
  // day
  dayQuestion: 'Kapan Anda akan datang?',
  dayHint: (service: string) => `Untuk ${service}.`,
  dayRequired: 'Pilih hari kunjungan',
  availabilityLoading: 'Memuat hari dan sesi…',
  availabilityError: 'Jadwal tidak dapat dimuat',
  // session
  sessionQuestion: 'Pada jam berapa?',
  sessionHint: (day: string) => `${day}. Datanglah paling lambat 15 menit sebelum sesi berakhir.`,
  sessionRequired: 'Pilih sesi kunjungan',
  // the questions of the second half (finish-steps.ts), asked while it loads
  identityQuestion: 'Data diri Anda',
  checkQuestion: 'Periksa jawaban Anda',
  finishLoading: 'Memuat pertanyaan berikutnya…',
  finishError: 'Pertanyaan berikutnya tidak dapat dimuat',
  finishErrorBody: 'Periksa koneksi Anda, lalu coba lagi. Jika tetap gagal, muat ulang halaman ini.',
};

export type BookingStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
