/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled), made safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before reading a formula) is prefixed with ' so that it is read as text, never
 * run as a formula (OWASP "CSV injection"). Text typed by staff (a display name, a title) reaches these files.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | undefined | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: the header row, then the rows. */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return [header, ...rows].map(csvRow).join('');
}
