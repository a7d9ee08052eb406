// The finder's strings in Bahasa Indonesia; the English table (strings.en.ts) is fetched when a page speaks English.
import { localised } from '../../core/i18n.js';

const id = {
  heading: 'Cari layanan MPP',
  searchLabel: 'Cari layanan',
  searchHint: 'Contoh: KTP, akta lahir, perpanjang SIM, SKCK',
  agencyFilter: 'Instansi',
  categoryFilter: 'Kategori',
  allAgencies: 'Semua instansi',
  allCategories: 'Semua kategori',
  loading: 'Memuat daftar layanan…',
  slowTitle: 'Masih memuat',
  slowBody: 'Jaringan Anda tampaknya lambat. Daftar layanan akan tampil sebentar lagi.',
  loadErrorTitle: 'Daftar layanan tidak dapat dimuat',
  retry: 'Coba lagi',
  staleTitle: 'Anda sedang offline',
  staleBody: 'Daftar layanan yang tampil adalah salinan terakhir yang tersimpan dan mungkin sudah berubah.',
  count: (n: number) => (n === 0 ? 'Tidak ada layanan yang cocok' : `${n} layanan ditemukan`),
  emptyTitle: (q: string) => (q ? `Tidak ada layanan untuk “${q}”` : 'Tidak ada layanan dengan pilihan ini'),
  emptyTry: 'Coba kata lain, misalnya KTP, KK, akta, SIM, paspor, atau SKCK. Periksa juga ejaannya.',
  emptyContacts: 'Atau tanyakan langsung kepada instansi:',
  clearFilters: 'Hapus filter',
  shown: (n: number, of: number) => `${n} dari ${of} layanan ditampilkan`,
  showMore: (n: number) => `Tampilkan ${n} layanan lagi`,
  back: 'Kembali ke hasil pencarian',
  detailLoading: 'Memuat standar pelayanan…',
  detailErrorTitle: 'Standar pelayanan tidak dapat dimuat',
  requirements: 'Persyaratan',
  procedure: 'Prosedur',
  duration: 'Waktu penyelesaian',
  cost: 'Biaya',
  product: 'Produk layanan',
  complaints: 'Pengaduan',
  legalBasis: 'Dasar hukum',
  where: 'Tempat layanan',
  hours: 'Jam layanan',
  break: 'istirahat',
  contact: 'Kontak',
  typicalNote:
    'Informasi ini mengikuti ketentuan umum secara nasional dan belum dikonfirmasi oleh instansi. Pastikan kembali di loket atau melalui kontak instansi.',
  book: 'Ambil antrean',
  notBookable: 'Layanan ini dilayani langsung di loket tanpa antrean daring.',
  bookUntaken:
    'Antrean daring belum tersedia di halaman ini. Ambil nomor antrean langsung di loket layanan ini di MPP.',
  errorPrefix: 'Kesalahan:',
};

export type FinderStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
