// The catalogue as a spreadsheet: one service per row in the columns of catalogue-columns.ts, read and written the
// same way by the server, the staff pages and the mocks.
import type { ImportRowError } from '../api/types.js';
import { CATALOGUE_COLUMNS, CellError } from './catalogue-columns.js';
import { parseCsv, toCsv } from './csv.js';
import { normalizeService, serviceIdFor, serviceProblems, type ServiceWithId } from './service-standard.js';

export { CATALOGUE_COLUMNS, type Column } from './catalogue-columns.js';

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
  /** The file has the English (`…_en`) columns: without them, a service keeps the translations it has. */
  translationsGiven: boolean;
}

/**
 * Reads the catalogue's CSV: the header (every column but the optional English ones, none unknown, any order),
 * then each row into a
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
  // Every column, even one whose cells may be empty: a file without it would empty that part of every service.
  for (const c of CATALOGUE_COLUMNS)
    if (!c.translation && !headers.includes(c.header))
      errors.push({ row: 1, column: c.header, message: 'Kolom ini tidak ada di baris judul.' });
  headers.forEach((h, i) => {
    if (!CATALOGUE_COLUMNS.some((c) => c.header === h))
      errors.push({ row: 1, column: head.fields[i] ?? '', message: 'Kolom tidak dikenal. Periksa ejaan judul kolom.' });
    else if (headers.indexOf(h) !== i) errors.push({ row: 1, column: h, message: 'Kolom ini muncul dua kali.' });
  });
  const translationsGiven = CATALOGUE_COLUMNS.some((c) => c.translation && headers.includes(c.header));
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
    rows.push({ row, service: ordered, idGiven, translationsGiven });
  });
  return { rows, errors };
}
