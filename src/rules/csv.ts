// CSV as RFC 4180 writes it and as Excel reads and saves it: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF between records, a UTF-8 byte order mark so Excel reads the file as UTF-8.

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/** A CSV record: its fields and the line it starts on (1-based, as a text editor shows it). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export type CsvResult = { ok: true; records: CsvRecord[]; delimiter: ',' | ';' } | { ok: false; line: number };

/**
 * The records of a CSV text (RFC 4180): fields separated by commas, or by semicolons when the first line has
 * semicolons and no comma (Excel's "CSV" in locales whose list separator is `;`, such as id-ID); a quoted field may
 * hold separators, doubled quotes and line breaks; CRLF, LF or CR between records; a leading BOM is dropped, and so
 * are empty lines. Fails (with the line) on a quote left open or text after a closing quote.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  /** At the first character of a field (where a quote opens a quoted field). */
  let atStart = true;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is no record (Excel leaves them at the end).
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: start });
    fields = [];
    field = '';
    atStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atStart && ch === '"') {
      // A quoted field, to its closing quote ("" stands for one quote); then a separator, a line break or the end.
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, line: opened };
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else if (c === '\r' || c === '\n') {
          i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
          line++;
          field += '\n';
        } else {
          field += c;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') return { ok: false, line };
      atStart = false;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      atStart = false;
      i++;
    }
  }
  if (!atStart || fields.length) endRecord();
  return { ok: true, records, delimiter };
}

/** One field as RFC 4180 writes it: always quoted, quotes doubled, line breaks as CRLF (Excel's own). */
const quote = (field: string) => `"${field.replace(/\r\n|\r|\n/g, '\r\n').replaceAll('"', '""')}"`;

/** Records as a CSV text Excel opens as it is: BOM, comma separated, every field quoted, CRLF after each record. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return BOM + records.map((r) => r.map(quote).join(',') + '\r\n').join('');
}
