// The booking's second-half strings in Bahasa Indonesia (identity to ticket), loaded with finish-steps.ts.
import type { BookingField, CancelReason } from '../../api/types.js';
import { localised } from '../../core/i18n.js';
import { bookingFieldMessageId, type BookingFieldErrorKey } from '../../rules/booking-fields.js';

/** The second half of the flow (`finish-steps.ts`): identity, check answers, sending, the ticket, cancel, move. */
const id = {
  change: 'Ubah',
  identityHint: 'Data ini hanya dikirim ke MPP untuk booking ini dan tidak disimpan di perangkat Anda.',
  nik: 'NIK',
  nikHint: '16 angka, tertera pada KTP atau Kartu Keluarga',
  name: 'Nama lengkap',
  nameHint: 'Sesuai KTP',
  phone: 'Nomor HP',
  phoneHint: 'Untuk pengingat melalui SMS atau WhatsApp, contoh 0812 3456 7890',
  email: 'Email',
  optional: '(opsional)',
  checkHint: 'Pastikan semuanya benar sebelum mengirim booking.',
  service: 'Layanan',
  day: 'Hari',
  session: 'Sesi',
  confirm: 'Kirim booking',
  confirming: 'Mengirim booking…',
  sessionFull:
    'Sesi yang Anda pilih baru saja penuh. Pilih sesi lain; data diri yang sudah Anda isi tidak perlu diisi ulang.',
  duplicate:
    'Anda sudah memiliki booking untuk layanan ini pada hari itu. Lihat kode booking Anda pada tiket sebelumnya atau pesan untuk hari lain.',
  dayGone: 'Hari atau sesi itu tidak lagi tersedia. Pilih jadwal lain.',
  rateLimited: (s: number) => `Terlalu banyak percobaan. Anda dapat mencoba lagi dalam ${s} detik.`,
  unsure:
    'Koneksi terputus sebelum jawaban MPP diterima, jadi booking Anda belum pasti. Coba kirim lagi: Anda tidak akan mendapat dua booking.',
  failedTitle: 'Booking belum terkirim',
  bookedTitle: 'Booking berhasil',
  bookedBody: 'Tunjukkan kode ini di MPP saat check-in.',
  code: 'Kode booking',
  agency: 'Instansi',
  counter: 'Loket',
  checkIn: 'Check-in',
  checkInWindow: (from: string, to: string) => `${from} sampai ${to}`,
  bring: 'Yang perlu dibawa',
  nikMasked: 'NIK',
  qrLabel: (code: string) => `Kode QR booking ${code}`,
  addToCalendar: 'Tambah ke kalender',
  calendarFile: '(berkas .ics, di bawah 1 KB)',
  nikEnding: (last4: string) => `berakhiran ${last4}`,
  sendAgainNow: 'Anda dapat mengirim booking lagi sekarang.',
  print: 'Cetak',
  share: 'Bagikan',
  newTab: '(membuka tab baru)',
  cancel: 'Batalkan booking',
  reschedule: 'Ubah jadwal',
  shareText: (code: string, service: string, when: string) => `Booking MPP ${code}: ${service}, ${when}`,
  calendarTitle: (service: string) => `MPP: ${service}`,
  cancelQuestion: (code: string) => `Batalkan booking ${code}?`,
  cancelHint: 'Tempat Anda akan diberikan kepada warga lain. Tindakan ini tidak dapat dibatalkan.',
  cancelYes: 'Ya, batalkan',
  cancelNo: 'Tidak, kembali ke tiket',
  cancelReasonQuestion: 'Mengapa Anda membatalkan? (opsional)',
  cancelReasons: {
    schedule_conflict: 'Tidak bisa datang pada jadwal itu',
    not_needed: 'Layanan tidak lagi diperlukan',
    documents_not_ready: 'Persyaratan belum lengkap',
    booked_by_mistake: 'Salah memesan',
    other: 'Alasan lain',
  } as Record<CancelReason['code'], string>,
  cancelNote: 'Keterangan',
  cancelNoteHint: 'Paling banyak 200 huruf. Jangan tulis NIK atau nomor HP.',
  cancelledTitle: 'Booking dibatalkan',
  cancelledBody: (code: string) => `Booking ${code} sudah dibatalkan.`,
  bookAgain: 'Ambil antrean baru',
  anotherVisit: (service: string) => `Ambil antrean untuk ${service || 'layanan lain'}?`,
  anotherVisitHint: (code: string) =>
    `Booking ${code} di bawah ini tetap berlaku. Simpan kodenya sebelum memulai booking baru.`,
  rescheduleTitle: 'Pilih jadwal baru',
  /** The session question's button when moving a booking. */
  rescheduleConfirm: 'Pindahkan booking',
  rescheduled: 'Jadwal booking sudah diubah.',
  /** What is wrong with an answer to a service's own question (the server's words: the rules core's). */
  fieldError: (key: BookingFieldErrorKey, field: BookingField): string => bookingFieldMessageId(key, field),
};

export type FinishStrings = typeof id;

export const finishStrings = localised(id, () => import('./finish-strings.en.js').then((m) => m.en));
