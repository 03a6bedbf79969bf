/**
 * An issued permit on the public map: its own item (event, road closure, parking ban or works) for its
 * period, written in the same transaction as the issue, removed with a cancellation. Public fields only:
 * the event's name or the occupation's use, the place, the dates, the reference and the tracking link.
 */
import {
  keys,
  permitLabelsFr,
  permitMapKind,
  mapItemRecords,
  type EventDetails,
  type MapItemKind,
  type OccupationDetails,
  type PermitItem,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';
import { cellEntries } from '../map/map-store.js';

export const permitMapItemId = (code: string) => `permit-${code}`;

function records(p: PermitItem, reference: string, at: string) {
  const kind = permitMapKind(p.kind, p.details);
  if (kind === 'terrace') return undefined; // a terrace restricts neither parking nor traffic
  const title =
    p.kind === 'event' ? (p.details as EventDetails).title : permitLabelsFr[`permit.use.${(p.details as OccupationDetails).use}`];
  return mapItemRecords(p.commune, {
    id: permitMapItemId(p.code),
    kind: kind as MapItemKind,
    title,
    description: `Autorisation n° ${reference}`,
    streets: [p.details.place.label],
    geometry: p.details.place.geometry,
    period: {
      start: p.details.period.start,
      end: p.details.period.end,
      ...(p.details.period.startTime ? { startTime: p.details.period.startTime } : {}),
      ...(p.details.period.endTime ? { endTime: p.details.period.endTime } : {}),
    },
    source: { type: 'permit', code: p.code, url: `/${p.commune}/demandes/suivi/${p.code}/` },
    department: p.handlingDepartment,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

/** Transaction entries that put the permit on the map (none for a terrace). */
export function publishPermitOnMap(p: PermitItem, reference: string, at: string): TransactEntry[] {
  const r = records(p, reference, at);
  if (!r) return [];
  return [{ Put: { TableName: env().tableName, Item: r.item } }, ...cellEntries(undefined, r.copies)];
}

/** Transaction entries that take a cancelled permit off the map. */
export function withdrawPermitFromMap(p: PermitItem): TransactEntry[] {
  const r = records(p, p.reference ?? '', p.updatedAt);
  if (!r) return [];
  return [
    { Delete: { TableName: env().tableName, Key: keys.mapItem(p.commune, permitMapItemId(p.code)) } },
    ...r.copies.map((c) => ({ Delete: { TableName: env().tableName, Key: { pk: c.pk, sk: c.sk } } })),
  ];
}
