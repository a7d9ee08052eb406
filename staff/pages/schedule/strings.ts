// The schedule page's words, in Bahasa Indonesia (the staff side speaks it; no English table).
export const strings = {
  heading: 'Jadwal sesi dan kuota',
  intro: 'Sesi setiap hari dan kuotanya berlaku untuk semua tanggal dalam jendela booking, segera setelah disimpan.',
  service: 'Layanan',
  opensAt: 'Jam dibuka booking hari terakhir',
  opensAtHint:
    'Booking untuk hari terakhir jendela (7 hari ke depan) dibuka pada jam ini setiap hari, ditulis seperti 07:00. Kosongkan jika dibuka sejak pukul 00.00.',
  noSessions: 'Tidak ada sesi (tutup).',
  start: 'Mulai (JJ:MM)',
  end: 'Selesai (JJ:MM)',
  quota: 'Kuota (orang)',
  sessionLabel: (day: string, n: number) => `${day}, sesi ${n}`,
  add: (day: string) => `Tambah sesi ${day}`,
  remove: (day: string, n: number) => `Hapus ${day} sesi ${n}`,
  save: 'Simpan jadwal',
  saving: 'Menyimpan…',
  saved: 'Jadwal disimpan. Warga melihat sesi baru sekarang.',
  loading: 'Memuat jadwal…',
  loadFailed: 'Jadwal tidak dapat dimuat',
  saveFailed: 'Jadwal tidak dapat disimpan',
  retry: 'Coba lagi',
  errorSummary: 'Ada yang perlu diperbaiki',
  errorPrefix: 'Kesalahan:',
  conflictTitle: 'Perubahan ini akan membatalkan booking warga',
  conflictHint:
    'Sesi yang sudah dibooking tidak dapat dihapus atau diubah jamnya, dan kuotanya tidak dapat dikurangi di bawah tempat terisi. Tutup hari itu dahulu di halaman Hari tutup.',
  notBookable: 'Layanan ini belum dibuka untuk booking; jadwalnya berlaku setelah dibuka.',
};
