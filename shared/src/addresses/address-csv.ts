/**
 * Reading an address register's CSV (docs/addresses.md): the BeST-Address export of the Belgian open address data
 * (its columns as BOSA's converter writes them: `EPSG:4326_lat`, `streetname_fr`, `house_number`…), or a simple
 * subset with short column names. Comma, semicolon or tab separated (found from the header), RFC 4180 quoting,
 * a byte order mark forgiven. Every refused row is named by its line and column, never skipped in silence.
 */
import type { BBox } from '../geo.js';

/** The fields of a numbered point, and the columns each may come from (first non-empty wins, in this order). */
export const ADDRESS_COLUMNS = {
  street: ['street', 'streetname_fr', 'streetname_nl', 'streetname_de'],
  number: ['number', 'house_number'],
  postcode: ['postcode'],
  section: ['section', 'postname_fr', 'postname_nl'],
  municipality: ['municipality', 'municipality_name_fr', 'municipality_name_nl', 'municipality_name_de'],
  lat: ['lat', 'EPSG:4326_lat'],
  lng: ['lng', 'lon', 'EPSG:4326_lon'],
  box: ['box', 'box_number'],
  status: ['status'],
} as const;
export type AddressField = keyof typeof ADDRESS_COLUMNS;
const REQUIRED: readonly AddressField[] = ['street', 'number', 'postcode', 'lat', 'lng'];

/** A numbered point as the register holds it. */
export interface AddressPoint {
  street: string;
  number: string;
  postcode: string;
  /** The locality within the commune (BeST's postal name, e.g. Neufvilles in Soignies), if given. */
  section?: string;
  municipality?: string;
  lat: number;
  lng: number;
}

/** Why a row (or the file) was refused, as a code the staff app words in the admin's language. */
export type CsvProblemCode =
  | 'empty-file'
  | 'missing-column'
  | 'missing-street'
  | 'long-street'
  | 'control-characters'
  | 'missing-number'
  | 'bad-number'
  | 'bad-postcode'
  | 'bad-lat'
  | 'bad-lng'
  | 'outside-commune'
  | 'too-many-points';

export interface CsvProblem {
  /** 1-based, the header being line 1. */
  line: number;
  /** The column's name as the file spells it (or the expected one when it is missing). */
  column: string;
  reason: string;
  code: CsvProblemCode;
}

export interface ParsedRegister {
  points: AddressPoint[];
  /** Rows left out on purpose: BeST rows whose status is not `current`, and boxes of a number already read. */
  skipped: number;
  problems: CsvProblem[];
}

/** A file larger than this is refused before it is read (a commune's BeST extract is far below). */
export const ADDRESS_CSV_MAX_BYTES = 4 * 1024 * 1024;
/** And so is one with more numbered points (the largest Walloon commune has about 100 000 addresses). */
export const ADDRESS_CSV_MAX_ROWS = 120_000;
/** At most this many problems are named: the rest of a bad file would only repeat them. */
export const ADDRESS_CSV_MAX_PROBLEMS = 20;

/** Points may lie this far (in degrees, about 1 km) outside the commune's bbox: houses on its edge, a bbox drawn tight. */
export const ADDRESS_AREA_MARGIN_DEGREES = 0.015;
/** The area a commune's register must lie in: its map's bbox, padded (the import and the staff app's preview agree). */
export function registerArea([w, s, e, n]: BBox): BBox {
  const m = ADDRESS_AREA_MARGIN_DEGREES;
  return [w - m, s - m, e + m, n + m];
}

/**
 * Whether the good rows of a file with refused ones may be imported without them (the admin asked for it): only
 * when each problem is one row's (not the header's, not a file too long) and the reader went through the whole
 * file (it stops at ADDRESS_CSV_MAX_PROBLEMS) — so many refused rows mean a wrong file, not a few bad lines.
 */
export function mayLeaveOutRefused(parsed: ParsedRegister): boolean {
  return (
    parsed.problems.length < ADDRESS_CSV_MAX_PROBLEMS &&
    parsed.problems.every((p) => p.line > 1 && p.code !== 'too-many-points' && p.code !== 'empty-file')
  );
}

/** The records of a CSV text with the line each starts on. */
export function* csvRecords(text: string, delimiter: string): Generator<{ line: number; cells: string[] }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else {
          if (ch === '\n') line++;
          cell += ch;
        }
      } else if (ch === '"' && cell === '') quoted = true;
      else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else cell += ch;
    }
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') yield { line: start, cells };
  }
}

/** The separator a header row uses: whichever of comma, semicolon and tab splits it most (comma on a tie). */
export function delimiterOf(headerLine: string): string {
  const count = (d: string) => headerLine.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * Reads the register's rows. `area` (the commune's bbox, padded by the caller) refuses points elsewhere: a
 * regional export not cut to the commune, or latitude and longitude swapped.
 */
export function parseAddressCsv(text: string, area: BBox): ParsedRegister {
  const problems: CsvProblem[] = [];
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const records = csvRecords(text, delimiterOf(firstLine));
  const head = records.next();
  if (head.done)
    return { points: [], skipped: 0, problems: [{ line: 1, column: '(header)', reason: 'the file is empty', code: 'empty-file' }] };
  const header = head.value.cells.map((c) => c.trim());
  const lower = header.map((h) => h.toLowerCase());
  const columns = {} as Record<AddressField, { index: number; name: string }[]>;
  for (const field of Object.keys(ADDRESS_COLUMNS) as AddressField[]) {
    columns[field] = ADDRESS_COLUMNS[field]
      .map((name) => ({ index: lower.indexOf(name.toLowerCase()), name }))
      .filter((c) => c.index >= 0)
      .map((c) => ({ index: c.index, name: header[c.index] }));
  }
  for (const field of REQUIRED)
    if (!columns[field].length)
      problems.push({
        line: 1,
        column: ADDRESS_COLUMNS[field][0],
        reason: `missing column (or one of ${ADDRESS_COLUMNS[field].join(', ')})`,
        code: 'missing-column',
      });
  if (problems.length) return { points: [], skipped: 0, problems };

  const byNumber = new Map<string, { point: AddressPoint; rank: [number, number, number] }>();
  let skipped = 0;
  for (const { line, cells } of records) {
    const read = (field: AddressField) => {
      for (const c of columns[field]) {
        const v = (cells[c.index] ?? '').trim();
        if (v) return { value: v, column: c.name };
      }
      return { value: '', column: columns[field][0]?.name ?? ADDRESS_COLUMNS[field][0] };
    };
    const status = read('status').value.toLowerCase();
    if (status && status !== 'current') {
      skipped++;
      continue;
    }
    const rowProblems: CsvProblem[] = [];
    const refuse = (column: string, reason: string, code: CsvProblemCode) => rowProblems.push({ line, column, reason, code });
    const street = read('street');
    if (!street.value) refuse(street.column, 'missing street name', 'missing-street');
    else if (street.value.length > 120) refuse(street.column, 'longer than 120 characters', 'long-street');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
    else if (/[\u0000-\u001f\u007f-\u009f]/.test(street.value))
      refuse(street.column, 'control characters in the name', 'control-characters');
    const number = read('number');
    if (!number.value) refuse(number.column, 'missing house number', 'missing-number');
    else if (!/^\d[\p{L}\d /-]{0,11}$/u.test(number.value))
      refuse(number.column, 'not a house number (digits, then letters, / or -)', 'bad-number');
    const postcode = read('postcode');
    if (!/^\d{4}$/.test(postcode.value)) refuse(postcode.column, 'not a Belgian postcode (four digits)', 'bad-postcode');
    const lat = read('lat'),
      lng = read('lng');
    const la = Number(lat.value.replace(',', '.')),
      ln = Number(lng.value.replace(',', '.'));
    if (!lat.value || !Number.isFinite(la)) refuse(lat.column, 'not a latitude in degrees (WGS 84)', 'bad-lat');
    if (!lng.value || !Number.isFinite(ln)) refuse(lng.column, 'not a longitude in degrees (WGS 84)', 'bad-lng');
    if (Number.isFinite(la) && Number.isFinite(ln) && lat.value && lng.value) {
      const [w, s, e, n] = area;
      if (la < s || la > n) refuse(lat.column, 'outside the commune', 'outside-commune');
      else if (ln < w || ln > e) refuse(lng.column, 'outside the commune', 'outside-commune');
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      if (problems.length >= ADDRESS_CSV_MAX_PROBLEMS) break;
      continue;
    }
    const section = read('section').value,
      municipality = read('municipality').value;
    const point: AddressPoint = {
      street: street.value,
      number: number.value,
      postcode: postcode.value,
      ...(section ? { section } : {}),
      ...(municipality ? { municipality } : {}),
      lat: Math.round(la * 1e6) / 1e6,
      lng: Math.round(ln * 1e6) / 1e6,
    };
    // Boxes (apartments) of one number share one point: the row without a box stands for it, else the southernmost
    // then westernmost — whatever the order of the rows, so that the same rows make the same register.
    const key = `${street.value.toLowerCase()}|${postcode.value}|${number.value.toLowerCase()}`;
    const rank: [number, number, number] = [read('box').value ? 1 : 0, point.lat, point.lng];
    const held = byNumber.get(key);
    if (held) {
      skipped++;
      if (
        rank[0] < held.rank[0] ||
        (rank[0] === held.rank[0] && (rank[1] < held.rank[1] || (rank[1] === held.rank[1] && rank[2] < held.rank[2])))
      )
        byNumber.set(key, { point, rank });
      continue;
    }
    if (byNumber.size >= ADDRESS_CSV_MAX_ROWS) {
      problems.push({
        line,
        column: '(row)',
        reason: `more than ${ADDRESS_CSV_MAX_ROWS} numbered points: import one commune at a time`,
        code: 'too-many-points',
      });
      break;
    }
    byNumber.set(key, { point, rank });
  }
  const points = [...byNumber.values()].map((v) => v.point);
  return { points, skipped, problems: problems.slice(0, ADDRESS_CSV_MAX_PROBLEMS) };
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * The file with only the columns the reader uses, comma separated, every row on the line it had (blank lines stay
 * blank lines, a quoted line break stays one): a BeST export's twenty columns weigh about four times the useful
 * ones, and the lines the import refuses are still named by the admin's own file's line numbers.
 */
export function slimAddressCsv(text: string): string {
  const records = csvRecords(text, delimiterOf(text.slice(0, text.search(/\r|\n|$/))));
  const first = records.next();
  if (first.done) return '';
  const lower = first.value.cells.map((c) => c.trim().toLowerCase());
  const names = new Set(Object.values(ADDRESS_COLUMNS).flatMap((list) => list.map((n) => n.toLowerCase())));
  const keep = lower.flatMap((name, i) => (names.has(name) ? [i] : []));
  const out: string[] = [];
  let line = 1;
  for (const r of [first.value, ...records]) {
    for (; line < r.line; line++) out.push('\n');
    const row = keep.map((i) => quoted(r.cells[i] ?? '')).join(',');
    out.push(row, '\n');
    line += 1 + (row.match(/\n/g)?.length ?? 0);
  }
  return out.join('');
}
