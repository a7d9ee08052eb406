// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Indonesian names right), comma-separated,
// CRLF line ends (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start)
// is written with a leading apostrophe, so data typed by anyone never becomes a formula on a staff member's PC.
// Numbers are whole, so no locale's decimal separator can misread them.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: the header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) => cells.map((c) => csvCell(c as string | number | null)).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** The headers of a CSV download named `filename`. */
export const csvHeaders = (filename: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': `attachment; filename="${filename}"`,
});
