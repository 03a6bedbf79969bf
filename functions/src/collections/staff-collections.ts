/**
 * The staff side of waste collections (docs/collections.md):
 *   GET /api/{c}/staff/collections                      the years imported (zones, counts), the streets by zone, the limits
 *   PUT /api/{c}/staff/collections/calendar/{year}      a year's calendar (text/csv, or one zone's text/calendar with
 *                                                       ?zone=): the year, or that zone of it, replaced
 *   PUT /api/{c}/staff/collections/streets              the streets assigned to zones (text/csv), replaced whole
 * Every refused line is a 422 naming it (« line 4, column date ») and nothing changes. The same file again answers
 * `unchanged` and writes nothing; a change is one conditional put with its audit entry (a concurrent import: 409).
 */
import {
  COLLECTION_FILE_MAX_BYTES,
  COLLECTION_MAX_PROBLEMS,
  COLLECTION_MAX_ZONES,
  CollectionImportQuery,
  CollectionYearParam,
  calendarZones,
  collectionCount,
  kindCounts,
  collectionKeys,
  foldWords,
  mergeZones,
  parseCalendarCsv,
  parseCalendarIcal,
  parseStreetZonesCsv,
  zoneId,
  zonesText,
  type CollectionProblem,
  type CollectionStreetsItem,
  type CollectionYearItem,
  type CollectionZoneDays,
  type CollectionsState,
  type CommuneRegistration,
  type StreetZone,
} from '@tandem/shared';
import { apiHandler, conflict, json, notFound, parseQuery, pathParam, unprocessable, type ApiEvent } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { routeOf } from '../lib/route-of.js';
import { uploadedText } from '../lib/text-file.js';
import { registerPointer, registerStreets } from '../map/address-store.js';
import { putCalendarItem, wholeCalendar, yearItem } from './collection-store.js';

const TOO_LARGE = `the file is larger than ${COLLECTION_FILE_MAX_BYTES / 1024} KiB: import one commune's calendar only`;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const action = routeOf<'collections/staff-collections', 'state' | 'calendar' | 'streets'>(event, {
    'GET /api/{commune}/staff/collections': 'state',
    'PUT /api/{commune}/staff/collections/calendar/{year}': 'calendar',
    'PUT /api/{commune}/staff/collections/streets': 'streets',
  });
  if (action === 'calendar') return importCalendar(event, reg, user);
  if (action === 'streets') return importStreets(event, reg, user);
  return state(reg, user);
});

const zoneViews = (zones: Record<string, CollectionZoneDays>) =>
  Object.entries(zones).map(([id, z]) => ({
    id,
    name: z.name,
    collections: collectionCount(z),
    counts: kindCounts(z),
  }));

const refused = (problems: readonly CollectionProblem[]) =>
  unprocessable(
    'some lines are not valid: nothing was imported',
    problems.map((p) => ({ name: `line ${p.line}, column ${p.column}`, reason: p.reason })),
  );

async function state(reg: CommuneRegistration, user: StaffUser) {
  authorize(user, reg.config, 'GET /api/{commune}/staff/collections', 'read');
  const { years, streets } = await wholeCalendar(reg.config.id);
  const body: CollectionsState = {
    years: years.map((y) => ({
      year: y.year,
      zones: zoneViews(y.zones),
      importedAt: y.importedAt,
      ...(y.importedBy ? { importedBy: { name: y.importedBy.name } } : {}),
    })),
    streets: streets
      ? {
          zones: Object.entries(streets.zones).map(([id, name]) => ({
            id,
            name,
            streets: streets.streets.filter((s) => s[2] === id).map((s) => s[0]),
          })),
          importedAt: streets.importedAt,
          ...(streets.importedBy ? { importedBy: { name: streets.importedBy.name } } : {}),
        }
      : null,
    limits: { maxBytes: COLLECTION_FILE_MAX_BYTES, maxProblems: COLLECTION_MAX_PROBLEMS },
  };
  return json(200, body);
}

async function importCalendar(event: ApiEvent, reg: CommuneRegistration, user: StaffUser) {
  const route = 'PUT /api/{commune}/staff/collections/calendar/{year}';
  authorize(user, reg.config, route, 'import');
  const yearParsed = CollectionYearParam.safeParse(pathParam(event, 'year'));
  if (!yearParsed.success) throw notFound('not a year: send the calendar of a year from 2000 to 2100');
  const year = yearParsed.data;
  const { zone } = parseQuery(event, CollectionImportQuery);
  const { text, type } = uploadedText(event, ['text/csv', 'text/calendar', 'text/plain'], COLLECTION_FILE_MAX_BYTES, TOO_LARGE);
  if (type === 'text/calendar' && !zone)
    throw unprocessable('an iCalendar file holds one zone’s collections: say which zone', [
      { name: 'zone', reason: 'required for text/calendar' },
    ]);
  const parsed = type === 'text/calendar' ? parseCalendarIcal(text, year, zone!) : parseCalendarCsv(text, year, zone);
  if (parsed.problems.length) throw refused(parsed.problems);
  if (!parsed.entries.length)
    throw unprocessable('the file has no collection: nothing was imported', [{ name: '(body)', reason: 'no rows' }]);

  const commune = reg.config.id;
  const stored = await yearItem(commune, year);
  const zones = mergeZones(stored?.zones, calendarZones(parsed.entries), Boolean(zone));
  if (Object.keys(zones).length > COLLECTION_MAX_ZONES)
    throw unprocessable(`at most ${COLLECTION_MAX_ZONES} zones`, [{ name: 'zone', reason: 'too many zones' }]);
  const answer = (unchanged: boolean, importedAt: string) => json(200, { year, zones: zoneViews(zones), unchanged, importedAt });
  if (stored && zonesText(stored.zones) === zonesText(zones)) return answer(true, stored.importedAt);

  const now = clock.iso();
  const item: CollectionYearItem = {
    ...collectionKeys.collectionYear(commune, year),
    type: 'collection-year',
    year,
    zones,
    version: (stored?.version ?? 0) + 1,
    importedAt: now,
    importedBy: { sub: user.sub, name: user.name },
  };
  const total = Object.values(zones).reduce((n, z) => n + collectionCount(z), 0);
  const entry = auditEntry(
    auditContext(event, reg, user),
    now,
    'collections.calendar.import',
    { kind: 'collection-calendar', id: String(year) },
    `${zone ? `zone ${zone}; ` : ''}${Object.keys(zones).length} zones, ${total} collections`,
  );
  if (!(await putCalendarItem(item, stored?.version, entry)))
    throw conflict('another import changed this year’s calendar meanwhile: look at it and import again if needed');
  return answer(false, now);
}

async function importStreets(event: ApiEvent, reg: CommuneRegistration, user: StaffUser) {
  const route = 'PUT /api/{commune}/staff/collections/streets';
  authorize(user, reg.config, route, 'import');
  const { text } = uploadedText(event, ['text/csv', 'text/plain'], COLLECTION_FILE_MAX_BYTES, TOO_LARGE);
  const parsed = parseStreetZonesCsv(text);
  if (parsed.problems.length) throw refused(parsed.problems);
  if (!parsed.rows.length) throw unprocessable('the file has no street: nothing was imported', [{ name: '(body)', reason: 'no rows' }]);

  const commune = reg.config.id;
  const { years, streets: stored } = await wholeCalendar(commune);
  // The zones the calendars name (the latest year's name of each wins).
  const zoneNames: Record<string, string> = {};
  for (const y of years) for (const [id, z] of Object.entries(y.zones)) zoneNames[id] = z.name;
  // The register's streets, if the commune has one: a street must be one of them (its spelling is kept).
  const pointer = await registerPointer(commune);
  const register = pointer ? await registerStreets(commune, pointer) : undefined;
  const problems: CollectionProblem[] = [];
  const assigned = new Map<string, StreetZone>();
  for (const row of parsed.rows) {
    const zone = zoneId(row.zone);
    if (!zoneNames[zone])
      problems.push({ line: row.line, column: 'zone', reason: `no imported calendar has the zone ${row.zone}`, code: 'unknown-zone' });
    const named = register
      ? register.filter((s) => foldWords(s.name) === foldWords(row.street) && (!row.postcode || s.postcode === row.postcode))
      : [{ name: row.street, postcode: row.postcode ?? '' }];
    if (!named.length)
      problems.push({ line: row.line, column: 'street', reason: 'not a street of the commune’s address register', code: 'unknown-street' });
    if (problems.length >= COLLECTION_MAX_PROBLEMS) break;
    for (const s of named) {
      const key = `${s.name}|${s.postcode}`;
      const held = assigned.get(key);
      if (held && held[2] !== zone)
        problems.push({
          line: row.line,
          column: 'zone',
          reason: `the street is already in ${zoneNames[held[2]] ?? held[2]}`,
          code: 'two-zones',
        });
      else assigned.set(key, [s.name, s.postcode, zone]);
    }
  }
  if (problems.length) throw refused(problems.slice(0, COLLECTION_MAX_PROBLEMS));

  const streets = [...assigned.values()].sort((a, b) => a[0].localeCompare(b[0], 'fr') || a[1].localeCompare(b[1]));
  const used = Object.fromEntries([...new Set(streets.map((s) => s[2]))].sort().map((id) => [id, zoneNames[id]]));
  const answer = (unchanged: boolean, importedAt: string) =>
    json(200, {
      streets: streets.length,
      zones: Object.entries(used).map(([id, name]) => ({ id, name, streets: streets.filter((s) => s[2] === id).length })),
      unchanged,
      importedAt,
    });
  if (
    stored &&
    JSON.stringify([stored.streets, Object.entries(stored.zones).sort()]) === JSON.stringify([streets, Object.entries(used).sort()])
  )
    return answer(true, stored.importedAt);

  const now = clock.iso();
  const item: CollectionStreetsItem = {
    ...collectionKeys.collectionStreets(commune),
    type: 'collection-streets',
    streets,
    zones: used,
    version: (stored?.version ?? 0) + 1,
    importedAt: now,
    importedBy: { sub: user.sub, name: user.name },
  };
  const entry = auditEntry(
    auditContext(event, reg, user),
    now,
    'collections.streets.import',
    { kind: 'collection-calendar', id: 'streets' },
    `${streets.length} streets in ${Object.keys(used).length} zones`,
  );
  if (!(await putCalendarItem(item, stored?.version, entry)))
    throw conflict('another import changed the streets meanwhile: look at them and import again if needed');
  return answer(false, now);
}
