/**
 * Road closures in Waze's Closure and Incident Feed Specification (CIFS), JSON flavour: what
 * /api/feeds/{commune}/waze-cifs.json serves to Waze for Cities (and to anyone else who reads CIFS).
 *
 * Choices, per the spec (developers.google.com/waze/data-feed/cifs-specification):
 * - Only items of kind `road_closure` become incidents (type ROAD_CLOSED). Detours are routes, not closures;
 *   works, events and parking bans close nothing by themselves: when they do, staff or the permit publish a
 *   road closure too.
 * - `polyline` is "lat lon lat lon …" (decimal degrees, 6 decimals), at least two distinct points:
 *   - a LineString gives its vertices in drawing order (direction BOTH_DIRECTIONS, so the order is harmless);
 *   - a Point is skipped: a single point says neither which road nor how far, and a made-up segment could
 *     close the cross street instead;
 *   - a Polygon is turned into its centre line when it is a strip along a road (its long axis at least twice
 *     its width): two points at the strip's ends, through its middle. A square, a block or a market place is
 *     skipped: Waze closes roads, one street per closure, not areas.
 *   Skipped items stay in the GeoJSON and iCal feeds.
 * - `street` is required: the item's first street (Waze matches one street name per closure); items without a
 *   street are skipped. All streets stay in the description.
 * - `subtype`: ROAD_CLOSED_CONSTRUCTION when the closure is caused by works (its `causedBy` is a works item,
 *   or it carries works fields: managing party, phase); ROAD_CLOSED_EVENT when it is caused by an event (its
 *   `causedBy` is an event, or it comes from a permit: only event permits publish road closures). Otherwise the
 *   subtype, only "requested" by the spec, is left out rather than claiming a hazard nobody reported.
 * - `starttime` / `endtime`: Brussels time with that day's offset; a first day without hour starts at 00:00,
 *   a last day without hour ends at 23:59. A weekly schedule adds `schedule` (active days → "HH:MM-HH:MM";
 *   a night schedule such as 22:00–06:00 is split over the two days it touches).
 */
import type { PermitGeometry, Position } from '../../permits/permit-details.js';
import type { MapFeature } from '../map-items.js';
import { periodMeets } from '../map-rules.js';
import { brusselsDateTime, brusselsIso } from '../../brussels-time.js';
import { feedOrder, itemUrl, WEEKDAY_NAMES } from './feed-common.js';

/** The spec's Required elements: without them an incident, and the feed, is invalid. */
export const CIFS_REQUIRED_FIELDS = ['id', 'type', 'polyline', 'street', 'starttime'] as const;
/** Requested elements this feed always fills in. */
export const CIFS_ALWAYS_SENT_FIELDS = ['direction', 'endtime', 'description', 'updatetime', 'source'] as const;

export const CIFS_CLOSURE_SUBTYPES = ['ROAD_CLOSED_HAZARD', 'ROAD_CLOSED_CONSTRUCTION', 'ROAD_CLOSED_EVENT'] as const;
export type CifsClosureSubtype = (typeof CIFS_CLOSURE_SUBTYPES)[number];

/** yyyy-MM-dd'T'HH:mm:ss±HH:mm */
export const CIFS_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
/** Two or more "lat lon" pairs separated by blanks. */
export const CIFS_POLYLINE_PATTERN = /^-?\d{1,2}\.\d+ -?\d{1,3}\.\d+( -?\d{1,2}\.\d+ -?\d{1,3}\.\d+)+$/;

export type CifsWeekday = (typeof WEEKDAY_NAMES)[number];
/** Active days only, each with its comma-separated "HH:MM-HH:MM" ranges. */
export type CifsSchedule = Partial<Record<CifsWeekday, string>>;

export interface CifsIncident {
  id: string;
  type: 'ROAD_CLOSED';
  subtype?: CifsClosureSubtype;
  polyline: string;
  street: string;
  direction: 'BOTH_DIRECTIONS';
  starttime: string;
  endtime: string;
  updatetime: string;
  schedule?: CifsSchedule;
  description: string;
  source: { reference: string; name: string; url: string };
}

export interface CifsFeed {
  incidents: CifsIncident[];
}

export interface CifsFeedMeta {
  commune: { id: string; name: string };
  /** The site's origin (https://…), for links back to the items. */
  baseUrl: string;
  generatedAt: string;
}

/** A strip counts as a road when it is at least this many times longer than wide. */
export const CIFS_STRIP_ELONGATION = 2;

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LNG_EQUATOR = 111_320;

/** The centre line of a polygon that is a strip along a road, or undefined for a compact area. */
export function stripCentreLine(ring: readonly Position[]): [Position, Position] | undefined {
  const pts =
    ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : [...ring];
  if (pts.length < 3) return undefined;
  const lat0 = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const lng0 = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const kx = M_PER_DEG_LNG_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  // Local metres around the vertices' mean.
  const xy = pts.map((p) => [(p[0] - lng0) * kx, (p[1] - lat0) * M_PER_DEG_LAT] as const);
  const n = xy.length;
  const sxx = xy.reduce((s, [x]) => s + x * x, 0) / n;
  const syy = xy.reduce((s, [, y]) => s + y * y, 0) / n;
  const sxy = xy.reduce((s, [x, y]) => s + x * y, 0) / n;
  // Principal axis of the vertices.
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const u = [Math.cos(theta), Math.sin(theta)] as const;
  const v = [-u[1], u[0]] as const;
  const along = xy.map(([x, y]) => x * u[0] + y * u[1]);
  const across = xy.map(([x, y]) => x * v[0] + y * v[1]);
  const tMin = Math.min(...along);
  const tMax = Math.max(...along);
  const sMin = Math.min(...across);
  const sMax = Math.max(...across);
  const length = tMax - tMin;
  const width = sMax - sMin;
  if (length === 0 || length < CIFS_STRIP_ELONGATION * width) return undefined;
  const sMid = (sMin + sMax) / 2;
  const back = (t: number): Position => {
    const x = t * u[0] + sMid * v[0];
    const y = t * u[1] + sMid * v[1];
    return [lng0 + x / kx, lat0 + y / M_PER_DEG_LAT];
  };
  return [back(tMin), back(tMax)];
}

/** The line Waze gets for a geometry (see the header), or undefined when the item cannot be a closure. */
export function closureLine(g: PermitGeometry): Position[] | undefined {
  let line: Position[] | undefined;
  if (g.type === 'LineString') line = g.coordinates;
  else if (g.type === 'Polygon') line = stripCentreLine(g.coordinates[0]);
  if (!line) return undefined;
  // Drop repeated vertices (as written with 6 decimals): Waze needs two distinct points.
  const seen: Position[] = [];
  for (const p of line) {
    const last = seen[seen.length - 1];
    if (!last || last[0].toFixed(6) !== p[0].toFixed(6) || last[1].toFixed(6) !== p[1].toFixed(6)) seen.push(p);
  }
  return seen.length >= 2 ? seen : undefined;
}

/** "lat lon lat lon …", 6 decimals (about 0.1 m). */
export function cifsPolyline(line: readonly Position[]): string {
  return line.map(([lng, lat]) => `${lat.toFixed(6)} ${lng.toFixed(6)}`).join(' ');
}

/** Days and hours of a weekly schedule as CIFS wants them; a night range is split at midnight. */
export function cifsSchedule(s: NonNullable<MapFeature['properties']['schedule']>): CifsSchedule {
  const ranges = new Map<number, string[]>();
  const add = (day: number, range: string) => ranges.set(day, [...(ranges.get(day) ?? []), range]);
  const days = [...new Set(s.days)].sort((a, b) => a - b);
  for (const d of days) {
    if (s.from < s.to) add(d, `${s.from}-${s.to}`);
    else {
      add(d, `${s.from}-23:59`);
      if (s.to !== '00:00') add((d % 7) + 1, `00:00-${s.to}`);
    }
  }
  const out: CifsSchedule = {};
  for (let d = 1; d <= 7; d++) {
    const r = ranges.get(d);
    // Morning ranges first.
    if (r) out[WEEKDAY_NAMES[d - 1]] = [...r].sort().join(',');
  }
  return out;
}

function closureSubtype(f: MapFeature, byId: ReadonlyMap<string, MapFeature>): CifsClosureSubtype | undefined {
  const p = f.properties;
  const cause = p.causedBy ? byId.get(p.causedBy)?.properties.kind : undefined;
  if (cause === 'works') return 'ROAD_CLOSED_CONSTRUCTION';
  if (cause === 'event') return 'ROAD_CLOSED_EVENT';
  if (p.managingParty || p.phase) return 'ROAD_CLOSED_CONSTRUCTION';
  if (p.source.type === 'permit') return 'ROAD_CLOSED_EVENT';
  return undefined;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function closureDescription(f: MapFeature): string {
  const p = f.properties;
  const parts = [oneLine(p.title)];
  if (p.description.trim()) parts.push(oneLine(p.description));
  if (p.streets.length > 1) parts.push(p.streets.join(', '));
  return parts.join(' — ');
}

/** Whether a weekly schedule has at least one of its days within the period (else the item is never on). */
function hasActiveDay(p: MapFeature['properties']): boolean {
  return !p.schedule || periodMeets(p, p.start, p.end);
}

export function toWazeCifs(features: readonly MapFeature[], meta: CifsFeedMeta): CifsFeed {
  const byId = new Map(features.map((f) => [f.id, f]));
  const incidents: CifsIncident[] = [];
  for (const f of feedOrder(features)) {
    const p = f.properties;
    if (p.kind !== 'road_closure') continue;
    const street = p.streets.find((s) => s.trim())?.trim();
    const line = closureLine(f.geometry);
    if (!street || !line || !hasActiveDay(p)) continue;
    const subtype = closureSubtype(f, byId);
    incidents.push({
      id: `tandem-${meta.commune.id}-${f.id}`,
      type: 'ROAD_CLOSED',
      ...(subtype ? { subtype } : {}),
      polyline: cifsPolyline(line),
      street,
      direction: 'BOTH_DIRECTIONS',
      starttime: brusselsDateTime(p.start, p.startTime ?? '00:00'),
      endtime: brusselsDateTime(p.end, p.endTime ?? '23:59'),
      updatetime: brusselsIso(Date.parse(p.updatedAt)),
      ...(p.schedule ? { schedule: cifsSchedule(p.schedule) } : {}),
      description: closureDescription(f),
      source: { reference: 'tandem', name: meta.commune.name, url: itemUrl(f, meta.baseUrl, meta.commune.id) },
    });
  }
  return { incidents };
}
