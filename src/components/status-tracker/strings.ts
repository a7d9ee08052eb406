// The tracker's strings in Bahasa Indonesia; the English table (strings.en.ts) is fetched when a page speaks English.
import type { BookingStatus } from '../../api/types.js';
import { localised } from '../../core/i18n.js';

type ApplicationStatus = 'in_progress' | 'ready' | 'completed' | 'rejected';
type StepStatus = 'done' | 'current' | 'pending' | 'rejected';

const id = {
  heading: 'Cek status booking atau permohonan',
  code: 'Kode booking atau nomor permohonan',
  codeHint: 'Contoh: RSV-7KQ2M9XA atau PMH-2026-000123',
  last4: '4 angka terakhir NIK',
  last4Hint: 'NIK pemohon, untuk memastikan data ini milik Anda',
  submit: 'Cek status',
  errorSummary: 'Ada yang perlu diperbaiki',
  errorPrefix: 'Kesalahan:',
  codeRequired: 'Masukkan kode booking atau nomor permohonan',
  codeFormat: 'Kode berisi 3–64 huruf, angka, titik, tanda hubung (-) atau garis bawah (_)',
  last4Format: 'Masukkan 4 angka terakhir NIK',
  looking: 'Mencari data…',
  notFoundTitle: 'Data tidak ditemukan',
  notFoundBody: 'Periksa kembali kode dan 4 angka terakhir NIK. Keduanya harus sesuai dengan data saat mendaftar.',
  errorTitle: 'Status tidak dapat dimuat',
  retry: 'Coba lagi',
  waitTitle: 'Terlalu banyak percobaan',
  wait: (s: number) => `Anda dapat mencoba lagi dalam ${s} detik.`,
  offlineTitle: 'Anda sedang offline',
  offlineBody: (at: string) => `Yang tampil adalah data terakhir, diperbarui ${at}.`,
  notConfigured: 'Widget belum terhubung ke MPP API: isi atribut api-base.',
  another: 'Cek kode lain',
  bookingStatus: {
    booked: 'Terjadwal',
    checked_in: 'Sudah check-in, menunggu dipanggil',
    serving: 'Sedang dilayani',
    done: 'Selesai dilayani',
    cancelled: 'Dibatalkan',
    expired: 'Kedaluwarsa: tidak check-in tepat waktu',
    no_show: 'Tidak hadir',
  } satisfies Record<BookingStatus, string>,
  status: 'Status',
  service: 'Layanan',
  agency: 'Instansi',
  counter: 'Loket',
  day: 'Hari',
  session: 'Sesi',
  checkIn: 'Check-in',
  checkInWindow: (from: string, to: string) => `${from} sampai ${to}`,
  queueTitle: 'Antrean hari ini',
  yourNumber: 'Nomor antrean Anda',
  notCheckedIn: 'Anda mendapat nomor antrean saat check-in di MPP.',
  ahead: (n: number) => (n === 0 ? 'Tidak ada orang di depan Anda' : `${n} orang di depan Anda`),
  estimate: (time: string) => `Perkiraan giliran Anda: sekitar ${time}`,
  /** Called: to the counter's name when the API gives it ("Silakan ke Loket 3"). */
  yourTurn: (counter?: string) => `Giliran Anda sekarang. Silakan ${counter ? `ke ${counter}` : 'menuju loket'}.`,
  nowServing: 'Sedang dilayani',
  nobody: '—',
  updated: (ago: string) => `Diperbarui ${ago}`,
  announceAhead: (n: number) => (n === 0 ? 'Giliran Anda berikutnya.' : `Sekarang ${n} orang di depan Anda.`),
  announceStatus: (s: string) => `Status berubah: ${s}.`,
  applicationStatus: {
    in_progress: 'Sedang diproses',
    ready: 'Selesai, siap diambil',
    completed: 'Selesai',
    rejected: 'Ditolak',
  } satisfies Record<ApplicationStatus, string>,
  stepStatus: {
    done: 'Selesai',
    current: 'Sedang berjalan',
    pending: 'Menunggu',
    rejected: 'Ditolak',
  } satisfies Record<StepStatus, string>,
  submitted: 'Diajukan',
  currentStep: 'Tahap sekarang',
  steps: 'Tahapan',
  deadline: (date: string) => `Target selesai: ${date}`,
  overdue: 'Melewati target waktu layanan',
  overdueHint: 'Anda berhak menanyakannya kepada instansi atau menyampaikan pengaduan.',
  rejectionReason: 'Alasan penolakan',
  collection: 'Pengambilan hasil',
  nextStep: 'Langkah berikutnya',
  complaints: 'Pengaduan',
  since: (date: string) => `sejak ${date}`,
  asOf: (when: string) => `Sistem instansi tidak dapat dihubungi; data per ${when}.`,
};

export type TrackerStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
