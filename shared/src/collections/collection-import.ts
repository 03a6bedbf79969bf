/**
 * Reading a commune's waste collection calendar (docs/collections.md), strictly: every refused line is named by its
 * line number and its column (CSV) or property (iCalendar), never skipped in silence.
 *
 * - The calendar as CSV: one row per collection, `zone,date,kind` (French column names too: secteur, jour, collecte…),
 *   dates as 2026-01-06 or 06/01/2026, the kind in the intercommunale's words (« PMC », « Papiers-cartons »…). The
 *   zone column may be left out when the import names the zone.
 * - The calendar as iCalendar (one zone's, as an intercommunale publishes it per street or zone): each VEVENT's first
 *   day (DTSTART) and its SUMMARY mapped to kinds (« PMC - Papiers-cartons » is two). A recurring event (RRULE) is
 *   refused: a collection calendar lists its days.
 * - Streets to zones as CSV: `street,zone` (optional `postcode`).
 * Separators, quoting and the byte order mark as the address register's reader (address-csv.ts).
 */
import { csvRecords, delimiterOf } from '../addresses/address-csv.js';
import { foldWords } from '../addresses/address-words.js';
import { brusselsDate } from '../brussels-time.js';
import { isValidIsoDate } from '../permits/calendar.js';
import { hasControlCharacters } from '../plain-text.js';
import { kindsNamedBy, type CollectionKind } from './collection-kinds.js';

/** A file larger than this is refused before it is read (a year of a commune's zones is a few tens of KiB). */
export const COLLECTION_FILE_MAX_BYTES = 512 * 1024;
/** At most this many problems are named: the rest of a bad file would only repeat them. */
export const COLLECTION_MAX_PROBLEMS = 20;
/** A zone's name: what the intercommunale calls it (« Zone A », « Tournée 3 – Neufvilles »). */
export const ZONE_NAME_MAX = 60;
/** At most this many zones in a commune (a Walloon commune has a handful). */
export const COLLECTION_MAX_ZONES = 40;

export type CollectionProblemCode =
  | 'empty-file'
  | 'missing-column'
  | 'missing-zone'
  | 'bad-zone'
  | 'bad-date'
  | 'other-year'
  | 'unknown-kind'
  | 'recurring-event'
  | 'not-icalendar'
  | 'missing-street'
  | 'bad-street'
  | 'unknown-street'
  | 'unknown-zone'
  | 'two-zones'
  | 'too-many-zones';

export interface CollectionProblem {
  /** 1-based, the header being line 1 (iCalendar: the line of the event's BEGIN:VEVENT, or of the property). */
  line: number;
  /** The column's name as the file spells it, or the iCalendar property (DTSTART, SUMMARY). */
  column: string;
  reason: string;
  code: CollectionProblemCode;
}

/** One collection: a zone (by name), a calendar day, a kind. */
export interface CollectionEntry {
  zone: string;
  date: string;
  kind: CollectionKind;
}

export interface ParsedCalendar {
  entries: CollectionEntry[];
  problems: CollectionProblem[];
}

/** A zone's id from its name: « Zone A » → `zone-a` (folded words joined by hyphens: the feed's address). */
export function zoneId(name: string): string {
  return foldWords(name).replace(/ /g, '-');
}

/** A zone name's problem, if any. */
function zoneNameProblem(name: string): string | undefined {
  if (!name) return 'missing zone';
  if (name.length > ZONE_NAME_MAX) return `longer than ${ZONE_NAME_MAX} characters`;
  if (hasControlCharacters(name)) return 'control characters in the name';
  if (!zoneId(name)) return 'a zone’s name needs a letter or a digit';
  return undefined;
}

/** A calendar day from `2026-01-06`, `06/01/2026`, `06-01-2026` or `06.01.2026`; undefined if it is none. */
export function readDay(text: string): string | undefined {
  const t = text.trim();
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = belgian ? `${belgian[3]}-${belgian[2].padStart(2, '0')}-${belgian[1].padStart(2, '0')}` : t;
  return isValidIsoDate(iso) ? iso : undefined;
}

const CALENDAR_COLUMNS = {
  zone: ['zone', 'secteur', 'tournee', 'tournée'],
  date: ['date', 'jour', 'day'],
  kind: ['kind', 'collecte', 'type', 'fraction', 'dechet', 'déchet', 'summary'],
} as const;
const STREET_COLUMNS = {
  street: ['street', 'rue', 'streetname_fr', 'nom_rue'],
  zone: CALENDAR_COLUMNS.zone,
  postcode: ['postcode', 'code_postal', 'cp'],
} as const;

/** The header's columns found for each field (first match in the field's list). */
function headerOf<F extends string>(
  cells: string[],
  fields: Record<F, readonly string[]>,
): Record<F, { index: number; name: string } | undefined> {
  const lower = cells.map((c) => c.trim().toLowerCase());
  const out = {} as Record<F, { index: number; name: string } | undefined>;
  for (const f of Object.keys(fields) as F[]) {
    const index = fields[f].map((n) => lower.indexOf(n)).find((i) => i >= 0);
    out[f] = index === undefined ? undefined : { index, name: cells[index].trim() };
  }
  return out;
}

function firstRecords(text: string) {
  const t = text.replace(/^\ufeff/, '');
  const firstLine = t.slice(0, t.search(/\r|\n|$/));
  return csvRecords(text, delimiterOf(firstLine));
}

/** Keeps collecting problems until COLLECTION_MAX_PROBLEMS; true when the reader should stop. */
function full(problems: CollectionProblem[]) {
  return problems.length >= COLLECTION_MAX_PROBLEMS;
}

/**
 * A calendar CSV for `year`. With `zone` (the import names it), the file may have no zone column and every row is that
 * zone's; a zone column then must say the same zone.
 */
export function parseCalendarCsv(text: string, year: number, zone?: string): ParsedCalendar {
  const problems: CollectionProblem[] = [];
  const records = firstRecords(text);
  const head = records.next();
  if (head.done) return { entries: [], problems: [{ line: 1, column: '(header)', reason: 'the file is empty', code: 'empty-file' }] };
  const cols = headerOf(head.value.cells, CALENDAR_COLUMNS);
  for (const f of (zone ? ['date', 'kind'] : ['zone', 'date', 'kind']) as (keyof typeof CALENDAR_COLUMNS)[])
    if (!cols[f])
      problems.push({
        line: 1,
        column: CALENDAR_COLUMNS[f][0],
        reason: `missing column (or one of ${CALENDAR_COLUMNS[f].join(', ')})`,
        code: 'missing-column',
      });
  if (problems.length) return { entries: [], problems };
  const entries: CollectionEntry[] = [];
  for (const { line, cells } of records) {
    const cell = (c: { index: number } | undefined) => (c ? (cells[c.index] ?? '').trim() : '');
    const refuse = (column: string, reason: string, code: CollectionProblemCode) => problems.push({ line, column, reason, code });
    const named = cell(cols.zone);
    const zoneName = named || zone || '';
    const zoneProblem = zoneNameProblem(zoneName);
    const before = problems.length;
    if (zoneProblem) refuse(cols.zone?.name ?? 'zone', zoneProblem, zoneName ? 'bad-zone' : 'missing-zone');
    else if (zone && named && zoneId(named) !== zoneId(zone)) refuse(cols.zone!.name, `not the zone imported (${zone})`, 'bad-zone');
    const day = readDay(cell(cols.date));
    if (!day) refuse(cols.date!.name, 'not a date (2026-01-06 or 06/01/2026)', 'bad-date');
    else if (Number(day.slice(0, 4)) !== year) refuse(cols.date!.name, `not in ${year}`, 'other-year');
    const kinds = kindsNamedBy(cell(cols.kind));
    if (!kinds.length)
      refuse(cols.kind!.name, 'no known collection (PMC, papiers-cartons, ordures ménagères, verre, encombrants)', 'unknown-kind');
    if (problems.length > before) {
      if (full(problems)) break;
      continue;
    }
    for (const kind of kinds) entries.push({ zone: zone ?? zoneName, date: day!, kind });
  }
  return { entries, problems };
}

/** RFC 5545 §3.1: the content lines, unfolded, each with the physical line it starts on. */
function icalLines(text: string): { line: number; name: string; params: string; value: string }[] {
  const out: { line: number; name: string; params: string; value: string }[] = [];
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i];
    if ((l.startsWith(' ') || l.startsWith('\t')) && out.length) {
      const last = out[out.length - 1];
      last.value += l.slice(1);
      continue;
    }
    if (!l.trim()) continue;
    const colon = l.indexOf(':');
    const head = colon < 0 ? l : l.slice(0, colon);
    const semi = head.indexOf(';');
    out.push({
      line: i + 1,
      name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(),
      params: semi < 0 ? '' : head.slice(semi + 1).toUpperCase(),
      value: colon < 0 ? '' : l.slice(colon + 1),
    });
  }
  return out;
}

/** TEXT unescaped (RFC 5545 §3.3.11). */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The calendar day a DTSTART names: a DATE, a local date-time (its date), or a UTC one (its Brussels day). */
function icalDay(value: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidIsoDate(date)) return undefined;
  if (m[7] === 'Z') return brusselsDate(`${date}T${m[4]}:${m[5]}:${m[6]}Z`);
  return date;
}

/** One zone's calendar for `year` as iCalendar: each VEVENT's first day and its SUMMARY's kinds. */
export function parseCalendarIcal(text: string, year: number, zone: string): ParsedCalendar {
  const problems: CollectionProblem[] = [];
  const zoneProblem = zoneNameProblem(zone);
  if (zoneProblem) return { entries: [], problems: [{ line: 1, column: 'zone', reason: zoneProblem, code: 'bad-zone' }] };
  const lines = icalLines(text);
  if (!lines.length) return { entries: [], problems: [{ line: 1, column: '(file)', reason: 'the file is empty', code: 'empty-file' }] };
  if (lines[0].name !== 'BEGIN' || lines[0].value.trim().toUpperCase() !== 'VCALENDAR')
    return {
      entries: [],
      problems: [{ line: lines[0].line, column: '(file)', reason: 'not an iCalendar file (BEGIN:VCALENDAR)', code: 'not-icalendar' }],
    };
  const entries: CollectionEntry[] = [];
  let event: { line: number; start?: { line: number; value: string; params: string }; summary?: string; rrule?: number } | undefined;
  for (const l of lines) {
    if (l.name === 'BEGIN' && l.value.trim().toUpperCase() === 'VEVENT') event = { line: l.line };
    else if (!event) continue;
    else if (l.name === 'DTSTART') event.start = { line: l.line, value: l.value, params: l.params };
    else if (l.name === 'SUMMARY') event.summary = unescapeText(l.value);
    else if (l.name === 'RRULE' || l.name === 'RDATE') event.rrule = l.line;
    else if (l.name === 'END' && l.value.trim().toUpperCase() === 'VEVENT') {
      const e = event;
      event = undefined;
      const before = problems.length;
      const refuse = (line: number, column: string, reason: string, code: CollectionProblemCode) =>
        problems.push({ line, column, reason, code });
      if (e.rrule) refuse(e.rrule, 'RRULE', 'a recurring event: export each collection day as its own event', 'recurring-event');
      const day = e.start ? icalDay(e.start.value) : undefined;
      if (!e.start) refuse(e.line, 'DTSTART', 'the event has no date', 'bad-date');
      else if (!day) refuse(e.start.line, 'DTSTART', 'not a date (20260106 or 20260106T070000)', 'bad-date');
      else if (Number(day.slice(0, 4)) !== year) refuse(e.start.line, 'DTSTART', `not in ${year}`, 'other-year');
      const kinds = kindsNamedBy(e.summary ?? '');
      if (!kinds.length)
        refuse(e.line, 'SUMMARY', 'no known collection (PMC, papiers-cartons, ordures ménagères, verre, encombrants)', 'unknown-kind');
      if (problems.length > before) {
        if (full(problems)) break;
        continue;
      }
      for (const kind of kinds) entries.push({ zone, date: day!, kind });
    }
  }
  return { entries, problems };
}

/** A street assigned to a zone, as the file names them (the import checks them against the register and the zones). */
export interface StreetZoneRow {
  line: number;
  street: string;
  postcode?: string;
  zone: string;
}

export interface ParsedStreetZones {
  rows: StreetZoneRow[];
  problems: CollectionProblem[];
}

/** The streets-to-zones CSV: `street,zone[,postcode]`; a street twice must be in one zone. */
export function parseStreetZonesCsv(text: string): ParsedStreetZones {
  const problems: CollectionProblem[] = [];
  const records = firstRecords(text);
  const head = records.next();
  if (head.done) return { rows: [], problems: [{ line: 1, column: '(header)', reason: 'the file is empty', code: 'empty-file' }] };
  const cols = headerOf(head.value.cells, STREET_COLUMNS);
  for (const f of ['street', 'zone'] as const)
    if (!cols[f])
      problems.push({
        line: 1,
        column: STREET_COLUMNS[f][0],
        reason: `missing column (or one of ${STREET_COLUMNS[f].join(', ')})`,
        code: 'missing-column',
      });
  if (problems.length) return { rows: [], problems };
  const rows: StreetZoneRow[] = [];
  const seen = new Map<string, StreetZoneRow>();
  for (const { line, cells } of records) {
    const cell = (c: { index: number } | undefined) => (c ? (cells[c.index] ?? '').trim() : '');
    const refuse = (column: string, reason: string, code: CollectionProblemCode) => problems.push({ line, column, reason, code });
    const before = problems.length;
    const street = cell(cols.street);
    if (!street) refuse(cols.street!.name, 'missing street name', 'missing-street');
    else if (street.length > 120 || hasControlCharacters(street) || !foldWords(street))
      refuse(cols.street!.name, 'not a street name (at most 120 characters, letters, no control characters)', 'bad-street');
    const zone = cell(cols.zone);
    const zoneProblem = zoneNameProblem(zone);
    if (zoneProblem) refuse(cols.zone!.name, zoneProblem, zone ? 'bad-zone' : 'missing-zone');
    const postcode = cell(cols.postcode);
    if (postcode && !/^\d{4}$/.test(postcode)) refuse(cols.postcode!.name, 'not a Belgian postcode (four digits)', 'bad-street');
    const key = `${foldWords(street)}|${postcode}`;
    const held = seen.get(key);
    if (held && zoneId(held.zone) !== zoneId(zone) && problems.length === before)
      refuse(cols.zone!.name, `the street is already in ${held.zone} (line ${held.line})`, 'two-zones');
    if (problems.length > before) {
      if (full(problems)) break;
      continue;
    }
    if (held) continue;
    const row: StreetZoneRow = { line, street, ...(postcode ? { postcode } : {}), zone };
    seen.set(key, row);
    rows.push(row);
  }
  return { rows, problems };
}
