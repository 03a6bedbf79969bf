/**
 * The single table, defined once: CDK creates it from this, the local runtime creates the same table in
 * DynamoDB Local, and the stores build their keys with the helpers below. Every key starts with the
 * commune (C#<commune>#…), except the platform-wide list of communes.
 */
import type { ReportState } from './report-states.js';

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const TABLE_TTL_ATTRIBUTE = 'expiresAt';
export const TABLE_STREAM_VIEW = 'NEW_IMAGE' as const;

export interface GsiDef {
  name: string;
  partitionKey: string;
  sortKey: string;
}
/**
 * gsi1: all reports / submitted permits newest first (inbox, Open311 window). gsi2: reports / permits by state.
 * gsi3 (sparse): open reports by geohash cell; opinions a department still owes.
 */
export const TABLE_GSIS: readonly GsiDef[] = [
  { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
];

const c = (commune: string) => `C#${commune}#`;

export const keys = {
  commune: (commune: string) => ({ pk: `${c(commune)}COMMUNE`, sk: '#CONFIG' }),
  communeIndex: (commune: string) => ({ gsi1pk: 'TANDEM#COMMUNES', gsi1sk: commune }),
  communeIndexPk: 'TANDEM#COMMUNES',

  report: (commune: string, code: string) => ({ pk: `${c(commune)}REPORT#${code}`, sk: '#REPORT' }),
  reportPk: (commune: string, code: string) => `${c(commune)}REPORT#${code}`,
  timelinePrefix: 'TL#',
  timeline: (commune: string, code: string, at: string, seq: string) => ({ pk: `${c(commune)}REPORT#${code}`, sk: `TL#${at}#${seq}` }),
  idempotency: (commune: string, key: string) => ({ pk: `${c(commune)}IDEM#${key}`, sk: '#IDEM' }),

  reportsAll: (commune: string) => `${c(commune)}REPORTS`,
  reportsByState: (commune: string, state: ReportState) => `${c(commune)}REPORTS#${state}`,
  openCell: (commune: string, geohash: string) => `${c(commune)}OPEN#${geohash}`,
  permit: (commune: string, code: string) => ({ pk: `${c(commune)}PERMIT#${code}`, sk: '#PERMIT' }),
  permitPk: (commune: string, code: string) => `${c(commune)}PERMIT#${code}`,
  opinion: (commune: string, code: string, department: string) => ({ pk: `${c(commune)}PERMIT#${code}`, sk: `OPINION#${department}` }),
  opinionPrefix: 'OPINION#',
  /** gsi1: submitted permits, newest first (drafts are not in it). */
  permitsAll: (commune: string) => `${c(commune)}PERMITS`,
  /** gsi2: permits by state, sorted by their first day (the scheduler and the inbox read it). */
  permitsByState: (commune: string, state: string) => `${c(commune)}PERMITS#${state}`,
  /** gsi3 (sparse): opinions a department still owes, by due date. */
  pendingOpinions: (commune: string, department: string) => `${c(commune)}OPINIONS#${department}`,
  /** Per-commune, per-kind, per-year counter behind permit references (EV-2026-0042). */
  permitCounter: (commune: string, prefix: string, year: string) => ({ pk: `${c(commune)}COUNTER`, sk: `PERMIT#${prefix}#${year}` }),

  mapItem: (commune: string, id: string) => ({ pk: `${c(commune)}MAPITEM#${id}`, sk: '#ITEM' }),
  /** gsi1: every map item, last changed first (the staff list). */
  mapItemsAll: (commune: string) => `${c(commune)}MAPITEMS`,
  /** gsi2: items by last day (the feeds read those ending today or later: expired ones drop out by key). */
  mapLive: (commune: string) => `${c(commune)}MAPLIVE`,
  /** One copy of an item's public feature per geohash cell it covers ("wide" for large items), sorted by last day. */
  mapCell: (commune: string, cell: string) => ({ pk: `${c(commune)}MAPCELL#${cell}` }),

  /** Sort key shared by gsi1/gsi2: newest first when scanned backwards. */
  byDate: (createdAt: string, code: string) => `${createdAt}#${code}`,
};

/** Parses the commune and report code back out of a report or timeline partition key. */
export function parseReportPk(pk: string): { commune: string; code: string } | undefined {
  const m = /^C#([a-z0-9-]+)#REPORT#(.+)$/.exec(pk);
  return m ? { commune: m[1], code: m[2] } : undefined;
}

/** Which entity a partition key belongs to (report or permit), with its commune and code. */
export function parseEntityPk(pk: string): { entity: 'report' | 'permit'; commune: string; code: string } | undefined {
  const m = /^C#([a-z0-9-]+)#(REPORT|PERMIT)#(.+)$/.exec(pk);
  return m ? { entity: m[2] === 'REPORT' ? 'report' : 'permit', commune: m[1], code: m[3] } : undefined;
}
