/**
 * A map item and its cell copies. The item is written with one copy of its public feature per geohash cell it
 * covers ("wide" for large items), sorted by last day, in one transaction; a viewport query reads only its cells.
 */
import type { PermitGeometry } from '../permits/permit-details.js';
import type { MapFeature, MapItemKind, MapItemSource, MapPeriod, WorksPhase, WorksUpdate } from '../map/map-items.js';
import { itemCells } from '../map/map-rules.js';
import { communePrefix } from './key-parts.js';

export const MAP_ITEM_SK: '#ITEM' = '#ITEM';

export const mapItemKeys = {
  mapItem: (commune: string, id: string) => ({ pk: `${communePrefix(commune)}MAPITEM#${id}`, sk: MAP_ITEM_SK }),
  /** gsi1: every map item, last changed first (the staff list). */
  mapItemsAll: (commune: string) => `${communePrefix(commune)}MAPITEMS`,
  /** gsi2: items by last day (the feeds read those ending today or later: expired ones drop out by key). */
  mapLive: (commune: string) => `${communePrefix(commune)}MAPLIVE`,
  /** The partition of one cell's copies. */
  mapCell: (commune: string, cell: string) => ({ pk: `${communePrefix(commune)}MAPCELL#${cell}` }),
  /** One copy's key: in its cell, sorted by the item's last day. */
  mapCellCopy: (commune: string, cell: string, end: string, id: string) => ({
    pk: `${communePrefix(commune)}MAPCELL#${cell}`,
    sk: `${end}#${id}`,
  }),
};

export interface MapItem {
  pk: string;
  sk: typeof MAP_ITEM_SK;
  type: 'map-item';
  commune: string;
  id: string;
  kind: MapItemKind;
  title: string;
  description: string;
  streets: string[];
  geometry: PermitGeometry;
  period: MapPeriod;
  managingParty?: string;
  phase?: WorksPhase;
  causedBy?: string;
  source: MapItemSource;
  /** Its public page, relative to the site (a published works site's page). */
  url?: string;
  /** A works site's latest public progress updates, newest first. */
  updates?: WorksUpdate[];
  /** The owning department (a permit's item: the permit's handling department); absent on items from before owners: admins only. */
  department?: string;
  /** The geohash cells (or "wide") holding its copies, so an edit can remove them. */
  cells: string[];
  createdAt: string;
  updatedAt: string;
  /** The staff member who published it and who changed it last (none on items a permit produced: see its timeline). */
  createdBy?: MapItemAuthor;
  updatedBy?: MapItemAuthor;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  /** Items are forgotten a while after their last day. */
  expiresAt: number;
}

/** A staff member, as a change records them: Cognito sub and display name. */
export interface MapItemAuthor {
  sub: string;
  name: string;
}

/** A copy of the public feature under one cell: a viewport query reads these and nothing else. */
export interface MapCellItem {
  pk: string;
  sk: string;
  type: 'map-cell';
  id: string;
  start: string;
  end: string;
  feature: MapFeature;
  expiresAt: number;
}

/** Items and their copies live on for this many days after their last day (then TTL removes them). */
export const MAP_KEEP_DAYS = 30;

export function expiryAfter(end: string): number {
  return Math.floor(Date.parse(`${end}T00:00:00Z`) / 1000) + MAP_KEEP_DAYS * 86_400;
}

export function toFeature(
  i: Pick<
    MapItem,
    | 'id'
    | 'kind'
    | 'title'
    | 'description'
    | 'streets'
    | 'geometry'
    | 'period'
    | 'managingParty'
    | 'phase'
    | 'causedBy'
    | 'source'
    | 'url'
    | 'updates'
    | 'updatedAt'
  >,
): MapFeature {
  const p = i.period;
  return {
    type: 'Feature',
    id: i.id,
    geometry: i.geometry,
    properties: {
      id: i.id,
      kind: i.kind,
      title: i.title,
      description: i.description,
      streets: i.streets,
      start: p.start,
      end: p.end,
      ...(p.startTime ? { startTime: p.startTime } : {}),
      ...(p.endTime ? { endTime: p.endTime } : {}),
      ...(p.schedule ? { schedule: p.schedule } : {}),
      ...(i.managingParty ? { managingParty: i.managingParty } : {}),
      ...(i.phase ? { phase: i.phase } : {}),
      ...(i.causedBy ? { causedBy: i.causedBy } : {}),
      source: i.source,
      ...(i.url ? { url: i.url } : {}),
      ...(i.updates?.length ? { updates: i.updates.map((u) => ({ at: u.at, text: u.text })) } : {}),
      updatedAt: i.updatedAt,
    },
  };
}

/** The keys of an item's cell copies (to remove the ones an edit does not rewrite). */
export function cellCopyKeys(i: Pick<MapItem, 'cells' | 'period' | 'id' | 'commune'>): { pk: string; sk: string }[] {
  return i.cells.map((cell) => mapItemKeys.mapCellCopy(i.commune, cell, i.period.end, i.id));
}

/** The item and its cell copies, as they are written. */
export function mapItemRecords(
  commune: string,
  fields: Omit<MapItem, 'pk' | 'sk' | 'type' | 'commune' | 'cells' | 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk' | 'expiresAt'>,
): { item: MapItem; copies: MapCellItem[] } {
  const found = itemCells(fields.geometry);
  const cells = found === 'wide' ? ['wide'] : found;
  const expiresAt = expiryAfter(fields.period.end);
  const item: MapItem = {
    ...mapItemKeys.mapItem(commune, fields.id),
    type: 'map-item',
    commune,
    ...fields,
    cells,
    gsi1pk: mapItemKeys.mapItemsAll(commune),
    gsi1sk: `${fields.updatedAt}#${fields.id}`,
    gsi2pk: mapItemKeys.mapLive(commune),
    gsi2sk: `${fields.period.end}#${fields.id}`,
    expiresAt,
  };
  const feature = toFeature(item);
  const copies = cells.map(
    (cell): MapCellItem => ({
      ...mapItemKeys.mapCellCopy(commune, cell, fields.period.end, fields.id),
      type: 'map-cell',
      id: fields.id,
      start: fields.period.start,
      end: fields.period.end,
      feature,
      expiresAt,
    }),
  );
  return { item, copies };
}
