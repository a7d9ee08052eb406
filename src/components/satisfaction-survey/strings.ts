// The survey's strings in Bahasa Indonesia, the questions as the questionnaire of PermenPANRB 14/2017 asks them
// (Lampiran II); the English table (strings.en.ts) is fetched when a page speaks English.
import { localised } from '../../core/i18n.js';

/** A question of the four-point scale: what it is about, how it is asked, and its four answers (1 to 4). */
export interface ScaleQuestion {
  name: string;
  question: string;
  options: readonly [string, string, string, string];
}

const id = {
  heading: 'Survei kepuasan masyarakat',
  intro:
    'Bantu kami memperbaiki pelayanan. Jawaban Anda disimpan tanpa nama, NIK, atau kode booking, dan hanya dapat diisi sekali untuk setiap kunjungan.',
  elementCount: (n: number) => `Pertanyaan ${n} dari 9`,
  elements: {
    requirements: {
      name: 'Persyaratan',
      question: 'Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      options: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    procedure: {
      name: 'Sistem, mekanisme, dan prosedur',
      question: 'Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?',
      options: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
    },
    time: {
      name: 'Waktu penyelesaian',
      question: 'Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?',
      options: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
    },
    cost: {
      name: 'Biaya/tarif',
      question: 'Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?',
      options: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    },
    product: {
      name: 'Produk spesifikasi jenis pelayanan',
      question:
        'Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      options: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    competence: {
      name: 'Kompetensi pelaksana',
      question: 'Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?',
      options: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
    },
    conduct: {
      name: 'Perilaku pelaksana',
      question: 'Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      options: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
    },
    complaints: {
      name: 'Penanganan pengaduan, saran, dan masukan',
      question: 'Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?',
      options: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    },
    facilities: {
      name: 'Sarana dan prasarana',
      question: 'Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?',
      options: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    },
  } as Record<string, ScaleQuestion>,
  profileHeading: 'Tentang Anda (opsional)',
  profileHint: 'Untuk membaca hasil survei per kelompok. Boleh dilewati.',
  optional: '(opsional)',
  profile: {
    sex: { label: 'Jenis kelamin', options: ['Laki-laki', 'Perempuan'] },
    education: {
      label: 'Pendidikan terakhir',
      options: [
        'SD atau sederajat',
        'SMP atau sederajat',
        'SMA/SMK atau sederajat',
        'Diploma (D1–D4)',
        'S1',
        'S2',
        'S3',
      ],
    },
    occupation: {
      label: 'Pekerjaan',
      options: ['PNS', 'TNI', 'Polri', 'Pegawai swasta', 'Wirausaha', 'Pelajar/mahasiswa', 'Lainnya'],
    },
    age: {
      label: 'Usia',
      options: ['Di bawah 20 tahun', '20–29 tahun', '30–39 tahun', '40–49 tahun', '50–59 tahun', '60 tahun atau lebih'],
    },
  } as Record<string, { label: string; options: readonly string[] }>,
  suggestion: 'Saran dan masukan',
  suggestionHint: (max: number) => `Tulis tanpa data pribadi. Paling banyak ${max} karakter.`,
  charactersLeft: (n: number) => (n >= 0 ? `Sisa ${n} karakter` : `Kelebihan ${-n} karakter`),
  submit: 'Kirim jawaban',
  sending: 'Mengirim jawaban…',
  errorSummary: 'Ada yang perlu diperbaiki',
  errorPrefix: 'Kesalahan:',
  chooseOne: (name: string) => `Pilih jawaban untuk ${name.toLowerCase()}`,
  suggestionTooLong: (max: number) => `Saran paling banyak ${max} karakter`,
  sentTitle: 'Terima kasih',
  sentBody: 'Jawaban Anda sudah kami terima dan akan dipakai untuk memperbaiki pelayanan.',
  answeredTitle: 'Survei sudah diisi',
  answeredBody: 'Survei untuk kunjungan ini sudah diisi. Setiap kunjungan hanya dapat dinilai sekali. Terima kasih.',
  notServedTitle: 'Survei belum dapat diisi',
  notServedBody: 'Survei dibuka setelah Anda selesai dilayani di loket.',
  failedTitle: 'Jawaban belum terkirim',
  failedBody: 'Jawaban Anda masih ada di halaman ini.',
  retry: 'Kirim lagi',
  // Placed alone on a page: the resident shows which visit with its code and the second factor the MPP chose, named
  // in the tracker's words (core/second-factor.ts: "4 angka terakhir NIK", "tanggal lahir", …).
  verifyIntro: (factor: string) => `Masukkan kode booking kunjungan Anda dan ${factor} untuk membuka survei.`,
  code: 'Kode booking',
  codeHint: 'Contoh: RSV-7KQ2M9XA',
  verify: 'Buka survei',
  checking: 'Memeriksa kunjungan…',
  codeRequired: 'Masukkan kode booking',
  notFoundTitle: 'Kunjungan tidak ditemukan',
  notFoundBody: (factor: string) => `Periksa kembali kode booking dan ${factor}.`,
};

export type SurveyStrings = typeof id;

export const strings = localised(id, () => import('./strings.en.js').then((m) => m.en));
