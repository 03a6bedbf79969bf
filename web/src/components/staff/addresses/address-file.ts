/**
 * The address register's file as the admins' screen reads it before sending (docs/addresses.md): decoded as UTF-8,
 * read by the very reader the import uses (shared/src/addresses/address-csv.ts) over the same padded area, so that
 * the preview's refused lines are the ones the API would refuse. A file over the API's limit can be slimmed to the
 * columns the reader uses (slimAddressCsv), every row on its line, so that the API's line numbers stay the file's.
 */
import {
  ADDRESS_COLUMNS,
  csvRecords,
  delimiterOf,
  parseAddressCsv,
  registerArea,
  type AddressField,
  type ParsedRegister,
} from '@tandem/shared/addresses/address-csv';

export { slimAddressCsv } from '@tandem/shared/addresses/address-csv';
import type { BBox } from '@tandem/shared/geo';

/** The fields a row must have; the others are read when present. */
export const REQUIRED_FIELDS: readonly AddressField[] = ['street', 'number', 'postcode', 'lat', 'lng'];
export const FIELDS = Object.keys(ADDRESS_COLUMNS) as AddressField[];
/** How many of the file's first rows the preview shows. */
export const PREVIEW_ROWS = 5;

export interface FilePreview {
  /** The header's columns as the file spells them. */
  header: string[];
  /** For each field, the file's columns it is read from (in the reader's order), none when absent. */
  columns: Record<AddressField, { index: number; name: string }[]>;
  /** The file's columns no field reads. */
  ignored: string[];
  /** The first rows after the header, with their line. */
  rows: { line: number; cells: string[] }[];
  /** Rows after the header (blank lines aside). */
  rowCount: number;
  parsed: ParsedRegister;
}

const headerLine = (text: string) => text.slice(0, text.search(/\r|\n|$/));

/** The file's text, or undefined when it is not UTF-8 (the API would refuse it). A byte order mark is dropped. */
export function decodeUtf8(bytes: ArrayBuffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** The file's columns that each field is read from (case-insensitive, as the reader matches them). */
function columnsOf(header: string[]): FilePreview['columns'] {
  const lower = header.map((h) => h.trim().toLowerCase());
  const out = {} as FilePreview['columns'];
  for (const field of FIELDS)
    out[field] = ADDRESS_COLUMNS[field]
      .map((name) => lower.indexOf(name.toLowerCase()))
      .filter((index) => index >= 0)
      .map((index) => ({ index, name: header[index].trim() }));
  return out;
}

/** What the preview shows: the columns found, the first rows, and the reader's verdict over the commune's area. */
export function previewOf(text: string, bbox: BBox): FilePreview {
  const records = csvRecords(text, delimiterOf(headerLine(text)));
  const first = records.next();
  const header = first.done ? [] : first.value.cells.map((c) => c.trim());
  const columns = columnsOf(header);
  const used = new Set(FIELDS.flatMap((f) => columns[f].map((c) => c.index)));
  const rows: FilePreview['rows'] = [];
  let rowCount = 0;
  for (const r of records) {
    if (rows.length < PREVIEW_ROWS) rows.push(r);
    rowCount++;
  }
  return {
    header,
    columns,
    ignored: header.filter((h, i) => h && !used.has(i)),
    rows,
    rowCount,
    parsed: parseAddressCsv(text, registerArea(bbox)),
  };
}
