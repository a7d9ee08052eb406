// CSV downloads for spreadsheets, written by the project's one CSV writer (src/rules/csv.ts: UTF-8 with a byte-order
// mark so Excel reads Indonesian text right, every field quoted, CRLF). A cell that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR at its start) is written behind an apostrophe, so data typed by anyone never becomes
// a formula on a staff member's PC. Numbers are whole, so no locale's decimal separator can misread them.
import { toCsv as writeCsv } from '../src/rules/index.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text a spreadsheet shows and never runs. */
export function safeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A whole CSV document: the header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return writeCsv([header, ...rows].map((cells) => cells.map((c) => safeCell(c as string | number | null))));
}

/** The headers of a CSV download named `filename`. */
export const csvHeaders = (filename: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': `attachment; filename="${filename}"`,
});
