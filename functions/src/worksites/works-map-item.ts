/**
 * A published works project on the public map: one item of kind `works` (id `works-<project id>`) whose geometry is
 * the project's place, whose period runs from the first phase to the last, and whose public feature carries the page's
 * `url` and the latest progress updates (so the map, its list and the GeoJSON and iCal feeds tell them). It is written
 * in the same transaction as the project's change, guarded by the project's version; staff change it through the
 * project, not from the map (its source is `project`).
 */
import { WORKS_UPDATES_ON_MAP, keys, mapItemRecords, worksMapItemId, worksPagePath, type MapItem, type WorksUpdate } from '@tandem/shared';
import { env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';
import { cellEntries } from '../map/map-store.js';
import type { PublishedProject } from './works-store.js';

/** The site's period on the map: its phases' first and last day (the project's own dates when wider). */
export function worksPeriod(p: PublishedProject): { start: string; end: string } {
  const starts = [...p.publication.phases.map((ph) => ph.start), ...(p.start ? [p.start] : [])].sort();
  const ends = [...p.publication.phases.map((ph) => ph.end), ...(p.end ? [p.end] : [])].sort();
  return { start: starts[0], end: ends[ends.length - 1] };
}

/**
 * Transaction entries that put (or rewrite) the project's map item and its cell copies; `previous` is the item as
 * it is now (its old cell copies are removed). Needs the project's place.
 */
export function worksMapEntries(
  p: PublishedProject,
  updates: readonly WorksUpdate[],
  at: string,
  previous: MapItem | undefined,
): TransactEntry[] {
  if (!p.place) return [];
  const url = worksPagePath(p.commune, p.id);
  const { item, copies } = mapItemRecords(p.commune, {
    id: worksMapItemId(p.id),
    kind: 'works',
    title: p.title,
    description: p.publication.why,
    streets: p.place.label ? [p.place.label] : [],
    geometry: p.place.geometry,
    period: worksPeriod(p),
    managingParty: p.publication.who,
    source: { type: 'project', code: p.id, url },
    url,
    ...(updates.length ? { updates: updates.slice(0, WORKS_UPDATES_ON_MAP).map((u) => ({ at: u.at, text: u.text })) } : {}),
    department: p.departments[0],
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    version: (previous?.version ?? 0) + 1,
  });
  return [{ Put: { TableName: env().tableName, Item: item } }, ...cellEntries(previous, copies)];
}

/** Transaction entries that take the project's map item and its copies off the map. */
export function worksMapRemoval(previous: MapItem | undefined): TransactEntry[] {
  if (!previous) return [];
  return [{ Delete: { TableName: env().tableName, Key: keys.mapItem(previous.commune, previous.id) } }, ...cellEntries(previous, [])];
}
