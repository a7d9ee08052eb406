// The tracker's strings in Bahasa Indonesia; the English table (strings.en.ts) is fetched when a page speaks English.
import type { BookingStatus, SecondFactorKind } from '../../api/types.js';
import { localised } from '../../core/i18n.js';

type ApplicationStatus = 'in_progress' | 'ready' | 'completed' | 'rejected';
type StepStatus = 'done' | 'current' | 'pending' | 'rejected';

const id = {
  heading: 'Cek status booking atau permohonan',
  code: 'Kode booking atau nomor permohonan',
  codeHint: 'Contoh: RSV-7KQ2M9XA atau PMH-2026-000123',
  // The second factor in the MPP's kind (GET /config): its label, hint and what to fix; the label also fills the
  // not-found message. Only the fields' words change: the field stays one text field.
  factor: {
    nik_last4: [
      '4 angka terakhir NIK',
      'NIK pemohon, untuk memastikan data ini milik Anda',
      'Masukkan 4 angka terakhir NIK',
    ],
    phone_last4: [
      '4 angka terakhir nomor HP',
      'Nomor HP yang diisi saat booking, untuk memastikan data ini milik Anda',
      'Masukkan 4 angka terakhir nomor HP',
    ],
    birth_date: [
      'Tanggal lahir',
      'Tanggal-bulan-tahun sesuai KTP, contoh: 17-08-1990',
      'Masukkan tanggal lahir yang benar, contoh: 17-08-1990',
    ],
  } satisfies Record<SecondFactorKind, [string, string, string]>,
  submit: 'Cek status',
  errorSummary: 'Ada yang perlu diperbaiki',
  errorPrefix: 'Kesalahan:',
  codeRequired: 'Masukkan kode booking atau nomor permohonan',
  codeFormat: 'Kode berisi 3–64 huruf, angka, titik, tanda hubung (-) atau garis bawah (_)',
  looking: 'Mencari data…',
  notFoundTitle: 'Data tidak ditemukan',
  notFoundBody: (what: string) => `Periksa kembali kode dan ${what}. Keduanya harus sesuai dengan data saat mendaftar.`,
  errorTitle: 'Status tidak dapat dimuat',
  retry: 'Coba lagi',
  waitTitle: 'Terlalu banyak percobaan',
  waitOver: 'Anda dapat mencari lagi sekarang.',
  wait: (s: number) => `Anda dapat mencoba lagi dalam ${s} detik.`,
  offlineTitle: 'Anda sedang offline',
  offlineBody: (at: string) => `Yang tampil adalah data terakhir, diperbarui ${at}.`,
  another: 'Cek kode lain',
  surveyTitle: 'Bagaimana pelayanan kami?',
  surveyBody: 'Isi survei kepuasan masyarakat: 9 pertanyaan singkat, tanpa nama dan NIK.',
  surveyOpen: 'Isi survei',
  surveyFailed: 'Survei belum dapat dimuat. Periksa koneksi, lalu coba lagi.',
  bookingStatus: {
    booked: 'Terjadwal',
    checked_in: 'Sudah check-in, menunggu dipanggil',
    serving: 'Sedang dilayani',
    done: 'Selesai dilayani',
    cancelled: 'Dibatalkan',
    expired: 'Kedaluwarsa: tidak check-in tepat waktu',
    no_show: 'Tidak hadir',
    closed: 'Ditutup',
  } satisfies Record<BookingStatus, string>,
  closedOn: (reason: string) => `MPP tutup pada hari itu: ${reason}.`,
  otherDay: 'Silakan pilih hari lain.',
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
  /** Before check-in: the resident is in no queue yet, so no position and no estimate. */
  notCheckedIn: 'Nomor antrean dan posisi Anda dalam antrean diberikan saat check-in.',
  checkInOpens: (time: string, place: string) => `Check-in dibuka pukul ${time} di ${place}.`,
  checkInOpen: (until: string, place: string) =>
    `Check-in sudah dibuka sampai pukul ${until}. Silakan check-in di ${place}.`,
  checkInMissed: (time: string) => `Check-in ditutup pukul ${time}, jadi booking ini tidak berlaku lagi.`,
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
  paused: 'Dihentikan sementara',
  waitingForYou: 'Menunggu dari Anda',
  deadlineMoves: 'Target bergeser selama proses dihentikan.',
  asOf: (when: string) => `Sistem instansi tidak dapat dihubungi; data per ${when}.`,
};

export type TrackerStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
