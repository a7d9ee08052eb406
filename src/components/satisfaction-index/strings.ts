// The published index's strings in Bahasa Indonesia; the English table (strings.en.ts) is fetched when it speaks English.
import { localised } from '../../core/i18n.js';

const id = {
  heading: 'Indeks Kepuasan Masyarakat',
  loading: 'Memuat indeks kepuasan…',
  errorTitle: 'Indeks kepuasan tidak dapat dimuat',
  retry: 'Coba lagi',
  quarter: (q: string, year: string) => `Triwulan ${['I', 'II', 'III', 'IV'][Number(q) - 1]} ${year}`,
  year: (year: string) => `Tahun ${year}`,
  running: 'Periode masih berjalan: angka dapat berubah.',
  whole: 'Seluruh MPP',
  agency: 'Instansi',
  ikm: 'IKM (25–100)',
  grade: 'Mutu pelayanan',
  respondents: 'Responden',
  sampleOf: (n: number, min: number, population: number) =>
    `${n} dari minimum ${min} (${population} kunjungan dilayani)`,
  reached: 'tercapai',
  notReached: 'belum tercapai',
  outOf: (v: string) => `${v} dari 100`,
  none: 'Belum ada jawaban',
  noneTitle: 'Belum ada jawaban survei untuk periode ini',
  noneBody: 'Indeks tampil di sini setelah warga yang dilayani mengisi survei kepuasan.',
  withheld: 'Tidak diterbitkan',
  withheldWhy: (min: number) =>
    `Kelompok dengan kurang dari ${min} responden tidak diterbitkan agar jawaban warga tidak dapat dikenali.`,
  elementsHeading: (of: string) => `Nilai per unsur pelayanan: ${of}`,
  element: 'Unsur',
  value: 'Nilai (25–100)',
  method:
    'Dihitung menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017: rata-rata tiap unsur dibobot sama, dikonversi ke 25–100. Mutu: A Sangat Baik (88,31–100), B Baik (76,61–88,30), C Kurang Baik (65,00–76,60), D Tidak Baik (25,00–64,99).',
  gradeWords: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' } as Record<string, string>,
  elements: {
    requirements: 'Persyaratan',
    procedure: 'Sistem, mekanisme dan prosedur',
    time: 'Waktu penyelesaian',
    cost: 'Biaya/tarif',
    product: 'Produk spesifikasi jenis pelayanan',
    competence: 'Kompetensi pelaksana',
    conduct: 'Perilaku pelaksana',
    complaints: 'Penanganan pengaduan, saran dan masukan',
    facilities: 'Sarana dan prasarana',
  } as Record<string, string>,
};

export type IndexStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
