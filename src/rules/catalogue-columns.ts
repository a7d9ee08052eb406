// The catalogue's CSV columns: each one's header, what it holds, and how a service writes it and a cell is read
// (docs/staff.md documents them; catalogue-csv.ts reads and writes whole files).
import type { ServiceStandard, ServiceTranslation } from '../api/types.js';
import type { ServiceWithId } from './service-standard.js';

type Confidence = ServiceStandard['confidence'];
const CONFIDENCE: readonly Confidence[] = ['verified-local', 'verified-national', 'typical'];

/** A cell that failed to read: the message for the report. */
export class CellError extends Error {}

const yesNo = (v: string) => {
  const t = v.trim().toLowerCase();
  if (t === 'ya') return true;
  if (t === 'tidak') return false;
  throw new CellError('Isi ya atau tidak.');
};
const lines = (v: string) =>
  v
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const wholeNumber = (v: string, message: string): number | null => {
  const t = v.trim();
  if (t === '') return null;
  // Rupiah as Indonesians write it: 650.000 (dots between thousands) or 650000.
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(t)) throw new CellError(message);
  return Number(t.replaceAll('.', ''));
};

/** One column: its header, what it holds, how a service writes it and how a cell is read into the service. */
export interface Column {
  header: string;
  /** For docs/staff.md and the import page. */
  description: string;
  /** Whether its cell must be filled (every column must be in the header, filled or not). */
  required: boolean;
  write: (s: ServiceWithId) => string;
  read: (s: Partial<ServiceWithId> & Record<string, unknown>, cell: string) => void;
  /** The contract's field paths this column fills (for errors about them). */
  fields: readonly string[];
  /** A translation column (`…_en`): a file may leave these out, and the services then keep their translations. */
  translation?: true;
}

const complaintLine = (c: ServiceStandard['complaints'][number]) =>
  [c.name, c.detail ?? '', c.url ?? ''].join(' | ').replace(/( \| )+$/, '');
const complaintsOf = (v: string) =>
  lines(v).map((line) => {
    const [name = '', detail = '', url = '', ...rest] = line.split('|').map((p) => p.trim());
    if (rest.length)
      throw new CellError('Tiap sarana pengaduan paling banyak 3 bagian: nama | keterangan | alamat web.');
    return { name, ...(detail ? { detail } : {}), ...(url ? { url } : {}) };
  });

type Translation = ServiceTranslation;
type TranslationKey = keyof Translation;
/** A text of the standard in English (`…_en`): an empty cell leaves it untranslated (residents read Indonesian). */
function english<K extends TranslationKey>(
  header: string,
  key: K,
  label: string,
  show: (v: NonNullable<Translation[K]>) => string,
  parse: (cell: string) => Translation[K],
): Column {
  return {
    header,
    description: `${label} dalam bahasa Inggris. Kosong: warga yang membaca bahasa Inggris melihat teks bahasa Indonesia.`,
    required: false,
    translation: true,
    fields: [`translations.en.${key}`],
    write: (s) => {
      const value = s.translations?.en?.[key];
      return value === undefined ? '' : show(value as NonNullable<Translation[K]>);
    },
    read: (s, v) => {
      if (!v.trim()) return;
      const translations = (s.translations ??= {});
      (translations.en ??= {})[key] = parse(v);
    },
  };
}
const oneLine = (v: string) => v.trim().replace(/\s+/g, ' ');

/**
 * The English columns, after the Indonesian ones: one per text residents read (docs/embedding.md, "Content in
 * English"). Optional in a file: one without them leaves every service's translations as they are.
 */
export const TRANSLATION_COLUMNS: readonly Column[] = [
  english('nama_en', 'name', 'Nama layanan', String, oneLine),
  english('kategori_en', 'category', 'Kategori', String, oneLine),
  english('ringkasan_en', 'summary', 'Ringkasan', String, oneLine),
  english('waktu_penyelesaian_en', 'duration', 'Jangka waktu penyelesaian', String, oneLine),
  english('biaya_en', 'cost', 'Biaya/tarif', String, oneLine),
  english('persyaratan_en', 'requirements', 'Persyaratan, satu per baris,', (v) => v.join('\n'), lines),
  english('prosedur_en', 'procedure', 'Langkah prosedur, satu per baris,', (v) => v.join('\n'), lines),
  english('produk_en', 'product', 'Produk layanan', String, oneLine),
  english(
    'pengaduan_en',
    'complaints',
    'Sarana pengaduan (nama | keterangan | alamat web)',
    (v) => v.map(complaintLine).join('\n'),
    complaintsOf,
  ),
  english('catatan_en', 'notes', 'Catatan untuk warga', String, oneLine),
];

/** The Indonesian columns of the catalogue's CSV, in the order the export writes them. */
const INDONESIAN_COLUMNS: readonly Column[] = [
  {
    header: 'id',
    description:
      'Kode layanan (huruf kecil, angka, tanda hubung). Kosong untuk layanan baru: dibuat dari instansi dan nama.',
    required: true,
    fields: ['id'],
    write: (s) => s.id,
    read: (s, v) => {
      if (v.trim()) s.id = v.trim();
    },
  },
  {
    header: 'instansi',
    description: 'Kode instansi, misalnya disdukcapil.',
    required: true,
    fields: ['agencyId'],
    write: (s) => s.agencyId,
    read: (s, v) => (s.agencyId = v.trim()),
  },
  {
    header: 'nama',
    description: 'Nama layanan.',
    required: true,
    fields: ['name'],
    write: (s) => s.name,
    read: (s, v) => (s.name = v),
  },
  {
    header: 'kategori',
    description: 'Kategori, misalnya Kependudukan.',
    required: true,
    fields: ['category'],
    write: (s) => s.category,
    read: (s, v) => (s.category = v),
  },
  {
    header: 'terbit',
    description: 'ya: warga melihatnya; tidak: disembunyikan dari warga.',
    required: true,
    fields: ['published'],
    write: (s) => (s.published ? 'ya' : 'tidak'),
    read: (s, v) => (s.published = yesNo(v)),
  },
  {
    header: 'dapat_dibooking',
    description: 'ya bila kunjungan dapat dipesan daring.',
    required: true,
    fields: ['bookable'],
    write: (s) => (s.bookable ? 'ya' : 'tidak'),
    read: (s, v) => (s.bookable = yesNo(v)),
  },
  {
    header: 'ringkasan',
    description: 'Satu kalimat tentang kegunaan layanan.',
    required: false,
    fields: ['summary'],
    write: (s) => s.summary ?? '',
    read: (s, v) => {
      if (v.trim()) s.summary = v;
    },
  },
  {
    header: 'kata_kunci',
    description: 'Singkatan dan sinonim yang diketik warga, dipisah koma.',
    required: false,
    fields: ['keywords'],
    write: (s) => s.keywords.join(', '),
    read: (s, v) =>
      (s.keywords = v
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)),
  },
  {
    header: 'persyaratan',
    description: 'Persyaratan, satu per baris dalam sel (Alt+Enter di Excel).',
    required: true,
    fields: ['requirements'],
    write: (s) => s.requirements.join('\n'),
    read: (s, v) => (s.requirements = lines(v)),
  },
  {
    header: 'prosedur',
    description: 'Langkah prosedur berurutan, satu per baris dalam sel.',
    required: true,
    fields: ['procedure'],
    write: (s) => s.procedure.join('\n'),
    read: (s, v) => (s.procedure = lines(v)),
  },
  {
    header: 'waktu_penyelesaian',
    description: 'Jangka waktu penyelesaian, misalnya 3 hari kerja.',
    required: true,
    fields: ['duration.text', 'duration'],
    write: (s) => s.duration.text,
    read: (s, v) => (s.duration = { ...(s.duration as object), text: v } as ServiceStandard['duration']),
  },
  {
    header: 'hari_kerja',
    description: 'Waktu terlama dalam hari kerja, angka (0 = hari yang sama).',
    required: false,
    fields: ['duration.workingDays'],
    write: (s) => (s.duration.workingDays ?? '').toString(),
    read: (s, v) => {
      const days = wholeNumber(v, 'Tulis jumlah hari kerja sebagai angka, misalnya 3.');
      s.duration = { ...(s.duration as ServiceStandard['duration']), workingDays: days };
    },
  },
  {
    header: 'gratis',
    description: 'ya bila tanpa biaya sama sekali.',
    required: true,
    fields: ['cost.free'],
    write: (s) => (s.cost.free ? 'ya' : 'tidak'),
    read: (s, v) => (s.cost = { ...(s.cost as ServiceStandard['cost']), free: yesNo(v) }),
  },
  {
    header: 'tarif_rupiah',
    description: 'Tarif tetap dalam rupiah (650000 atau 650.000); kosong bila tidak tetap.',
    required: false,
    fields: ['cost.amount'],
    write: (s) => (s.cost.amount ?? '').toString(),
    read: (s, v) => {
      const amount = wholeNumber(v, 'Tulis tarif sebagai angka rupiah, misalnya 650000.');
      s.cost = { ...(s.cost as ServiceStandard['cost']), amount };
    },
  },
  {
    header: 'biaya',
    description: 'Biaya/tarif seperti diumumkan, misalnya Gratis atau Rp650.000 (5 tahun).',
    required: true,
    fields: ['cost.text', 'cost'],
    write: (s) => s.cost.text,
    read: (s, v) => (s.cost = { ...(s.cost as ServiceStandard['cost']), text: v }),
  },
  {
    header: 'produk',
    description: 'Produk layanan.',
    required: true,
    fields: ['product'],
    write: (s) => s.product,
    read: (s, v) => (s.product = v),
  },
  {
    header: 'pengaduan',
    description: 'Sarana pengaduan, satu per baris: nama | keterangan | alamat web (dua yang terakhir boleh kosong).',
    required: true,
    fields: ['complaints'],
    write: (s) => s.complaints.map(complaintLine).join('\n'),
    read: (s, v) => (s.complaints = complaintsOf(v)),
  },
  {
    header: 'dasar_hukum',
    description: 'Dasar hukum, satu per baris dalam sel.',
    required: false,
    fields: ['legalBasis'],
    write: (s) => s.legalBasis.join('\n'),
    read: (s, v) => (s.legalBasis = lines(v)),
  },
  {
    header: 'tempat_layanan',
    description: 'Tempat layanan di MPP, misalnya Loket 1–3, lantai 1.',
    required: true,
    fields: ['counter'],
    write: (s) => s.counter,
    read: (s, v) => (s.counter = v),
  },
  {
    header: 'catatan',
    description: 'Catatan untuk warga.',
    required: false,
    fields: ['notes'],
    write: (s) => s.notes ?? '',
    read: (s, v) => {
      if (v.trim()) s.notes = v;
    },
  },
  {
    header: 'kepastian',
    description: 'verified-local, verified-national atau typical (standar nasional, menunggu konfirmasi setempat).',
    required: true,
    fields: ['confidence'],
    write: (s) => s.confidence,
    read: (s, v) => {
      const t = v.trim() as Confidence;
      if (!CONFIDENCE.includes(t)) throw new CellError('Isi verified-local, verified-national atau typical.');
      s.confidence = t;
    },
  },
];

/** The columns of the catalogue's CSV, in the order the export writes them: Indonesian, then English. */
export const CATALOGUE_COLUMNS: readonly Column[] = [...INDONESIAN_COLUMNS, ...TRANSLATION_COLUMNS];
