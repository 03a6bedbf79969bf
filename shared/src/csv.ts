/**
 * CSV, written once for every export (the audit log, the reports inbox, permits, statistics) and for the staff app's
 * client-side downloads of a list's rows: RFC 4180 (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), made safe to open in a spreadsheet: a text cell starting with
 * = + - @ (or a tab or carriage return, which some spreadsheets skip before reading a formula) is prefixed with ' so
 * that it is read as text, never run as a formula (OWASP "CSV injection"). Text typed by citizens and staff (a
 * description, a display name, a title) reaches these files. A number is written as a number: -3 is no formula.
 *
 * Why the comma and not the semicolon (docs/statistics.md, "CSV"): RFC 4180 and every program that reads CSV take the
 * comma by default, numbers keep their decimal point, and the audit export already used it. The file starts with a
 * byte order mark so that spreadsheets read it as UTF-8 (accents in names and titles).
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | undefined | null;

/** The byte order mark a file starts with, so that spreadsheets read UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The response's content type. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: the header row, then the rows. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRow).join('');
}

/** What a download holds: the byte order mark, the header row, then the rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${CSV_BOM}${csvFile(header, rows)}`;
}
