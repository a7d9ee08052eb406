// The catalogue as a spreadsheet: one service per row, the columns below (docs/staff.md documents them), read
// and written the same way by the server, the staff pages and the mocks.
import type { ImportRowError, ServiceStandard } from '../api/types.js';
import { parseCsv, toCsv } from './csv.js';
import { normalizeService, serviceIdFor, serviceProblems, type ServiceWithId } from './service-standard.js';

type Confidence = ServiceStandard['confidence'];
const CONFIDENCE: readonly Confidence[] = ['verified-local', 'verified-national', 'typical'];

/** A cell that failed to read: the message for the report. */
class CellError extends Error {}

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
interface Column {
  header: string;
  /** For docs/staff.md and the import page. */
  description: string;
  required: boolean;
  write: (s: ServiceWithId) => string;
  read: (s: Partial<ServiceWithId> & Record<string, unknown>, cell: string) => void;
  /** The contract's field paths this column fills (for errors about them). */
  fields: readonly string[];
}

const complaintLine = (c: ServiceStandard['complaints'][number]) =>
  [c.name, c.detail ?? '', c.url ?? ''].join(' | ').replace(/( \| )+$/, '');

/** The columns of the catalogue's CSV, in the order the export writes them. */
export const CATALOGUE_COLUMNS: readonly Column[] = [
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
    description: 'Satu kalimat tentang kegunaan layanan (boleh kosong).',
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
    description: 'Waktu terlama dalam hari kerja, angka (0 = hari yang sama); boleh kosong.',
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
    read: (s, v) =>
      (s.complaints = lines(v).map((line) => {
        const [name = '', detail = '', url = '', ...rest] = line.split('|').map((p) => p.trim());
        if (rest.length)
          throw new CellError('Tiap sarana pengaduan paling banyak 3 bagian: nama | keterangan | alamat web.');
        return { name, ...(detail ? { detail } : {}), ...(url ? { url } : {}) };
      })),
  },
  {
    header: 'dasar_hukum',
    description: 'Dasar hukum, satu per baris dalam sel.',
    required: true,
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
    description: 'Catatan untuk warga (boleh kosong).',
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

/** The column a contract field path belongs to (`requirements.2` → `persyaratan`); '' for the whole row. */
export function columnOf(field: string): string {
  const exact = CATALOGUE_COLUMNS.find((c) => c.fields.includes(field));
  if (exact) return exact.header;
  const parts = field.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const column = CATALOGUE_COLUMNS.find((c) => c.fields.includes(prefix));
    if (column) return column.header;
  }
  return '';
}

/** An error about a field, for the report: its list entry named when it is one ("baris ke-3 dalam sel"). */
export function rowError(row: number, field: string, message: string): ImportRowError {
  const entry = /\.(\d+)(\.|$)/.exec(field);
  return {
    row,
    column: columnOf(field),
    message: entry ? `Baris ke-${Number(entry[1]) + 1} dalam sel: ${message}` : message,
  };
}

/**
 * Excel runs a cell that starts with = + - @ (or a tab or return) as a formula: an exported text that begins so is
 * written after an apostrophe, which Excel shows as text; reading drops that apostrophe again.
 */
const FORMULA = /^[=+\-@\t\r]/;
const guard = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

/** The services as the catalogue's CSV (UTF-8 with BOM, comma separated, every field quoted, CRLF). */
export function catalogueToCsv(services: readonly ServiceWithId[]): string {
  return toCsv([
    CATALOGUE_COLUMNS.map((c) => c.header),
    ...services.map((s) => CATALOGUE_COLUMNS.map((c) => guard(c.write(s)))),
  ]);
}

/** One row of an import: where it is, the service it says, and whether its id was written or made. */
export interface ImportRow {
  row: number;
  service: ServiceWithId;
  idGiven: boolean;
}

/**
 * Reads the catalogue's CSV: the header (every required column, none unknown, any order), then each row into a
 * service with the rules core's checks. Answers the rows and the errors (row as a spreadsheet numbers it — the
 * header is row 1 —, column header, message); the caller applies the rows only when there is no error.
 */
export function readCatalogueCsv(
  text: string,
  knownAgency: (id: string) => boolean = () => true,
): { rows: ImportRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      rows: [],
      errors: [
        {
          row: parsed.line,
          column: '',
          message: 'Tanda kutip tidak ditutup atau ada teks setelah tanda kutip penutup.',
        },
      ],
    };
  const [head, ...body] = parsed.records;
  if (!head) return { rows: [], errors: [{ row: 1, column: '', message: 'Berkas kosong: tidak ada baris judul.' }] };
  const headers = head.fields.map((h) => h.trim().toLowerCase());
  for (const c of CATALOGUE_COLUMNS)
    if (c.required && !headers.includes(c.header))
      errors.push({ row: 1, column: c.header, message: 'Kolom ini tidak ada di baris judul.' });
  headers.forEach((h, i) => {
    if (!CATALOGUE_COLUMNS.some((c) => c.header === h))
      errors.push({ row: 1, column: head.fields[i] ?? '', message: 'Kolom tidak dikenal. Periksa ejaan judul kolom.' });
    else if (headers.indexOf(h) !== i) errors.push({ row: 1, column: h, message: 'Kolom ini muncul dua kali.' });
  });
  if (errors.length) return { rows: [], errors };
  if (!body.length)
    return { rows: [], errors: [{ row: 2, column: '', message: 'Tidak ada layanan di bawah baris judul.' }] };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.fields.length > headers.length) {
      errors.push({ row, column: '', message: 'Baris ini punya lebih banyak kolom daripada baris judul.' });
      return;
    }
    const draft: Record<string, unknown> = { keywords: [], complaints: [], duration: {}, cost: {} };
    let cellFailed = false;
    for (const c of CATALOGUE_COLUMNS) {
      const at = headers.indexOf(c.header);
      const cell = unguard(at >= 0 ? (record.fields[at] ?? '') : '');
      try {
        c.read(draft as Partial<ServiceWithId> & Record<string, unknown>, cell);
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        errors.push({ row, column: c.header, message: error.message });
        cellFailed = true;
      }
    }
    if (cellFailed) return;
    const { id: givenId, ...standard } = normalizeService(draft as unknown as ServiceWithId);
    const idGiven = typeof givenId === 'string';
    const id = idGiven ? givenId : serviceIdFor(standard.agencyId ?? '', standard.name ?? '');
    const ordered: ServiceWithId = { id, ...standard };
    const problems = serviceProblems(ordered, knownAgency);
    for (const p of problems) errors.push(rowError(row, p.field, p.message));
    const earlier = seen.get(ordered.id);
    if (earlier !== undefined)
      errors.push({ row, column: 'id', message: `Layanan ${ordered.id} sudah ada di baris ${earlier}.` });
    else seen.set(ordered.id, row);
    rows.push({ row, service: ordered, idGiven });
  });
  return { rows, errors };
}
