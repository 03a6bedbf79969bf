/**
 * Map items, defined once: what the public map and its feeds show (works, detours, parking bans, road
 * closures, events, reports), as zod schemas for staff input and a public GeoJSON feature shape for the map,
 * the list view and the feeds. Never personal data.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { IsoDateSchema, PermitGeometry, type PermitGeometry as Geometry } from '../permits/permit-details.js';

export const MAP_ITEM_KINDS = ['works', 'detour', 'parking_ban', 'road_closure', 'event', 'report'] as const;
export type MapItemKind = (typeof MAP_ITEM_KINDS)[number];
/** Kinds staff publish by hand (reports come from reports, and permits publish their own items too). */
export const PUBLISHABLE_KINDS = ['works', 'detour', 'parking_ban', 'road_closure', 'event'] as const;

export const WORKS_PHASES = ['planned', 'in_progress', 'finished'] as const;
export type WorksPhase = (typeof WORKS_PHASES)[number];

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM');

/** A period, both ends included, with optional first/last hours and an optional daily schedule. */
export const MapPeriod = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    startTime: Time.optional(),
    endTime: Time.optional(),
    /** Active only on these ISO weekdays (1 = Monday), between these hours: e.g. works on weekdays 7–16. */
    schedule: z.object({ days: z.array(z.number().int().min(1).max(7)).min(1).max(7), from: Time, to: Time }).optional(),
  })
  .refine((p) => p.end >= p.start, { message: 'la date de fin est avant la date de début', path: ['end'] });
export type MapPeriod = z.infer<typeof MapPeriod>;

/** What staff send to publish or edit an item. */
export const MapItemInput = z.object({
  kind: z.enum(PUBLISHABLE_KINDS),
  title: plainText().trim().min(3).max(120),
  description: plainText().trim().max(2000).default(''),
  /** Street names the item concerns (the list view sorts and searches on them). */
  streets: z.array(plainText().trim().min(2).max(120)).max(20).default([]),
  geometry: PermitGeometry,
  period: MapPeriod,
  /** Works: who runs them (commune, ORES, SWDE, a contractor…) and their phase. */
  managingParty: plainText().trim().max(120).optional(),
  phase: z.enum(WORKS_PHASES).optional(),
  /** A detour: the id of the works, closure or event that causes it. */
  causedBy: plainText().max(80).optional(),
  /**
   * The department that owns the item: its agents (and admins) edit and delete it (docs/roles.md). Default on
   * publishing: the publisher's first department; on editing: unchanged.
   */
  department: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,40}$/)
    .optional(),
});
export type MapItemInput = z.infer<typeof MapItemInput>;

export const MapItemUpdate = MapItemInput.extend({ version: z.number().int().min(1) });
/** DELETE /api/{commune}/staff/map/items/{id}?version=N: the version the agent saw. */
export const MapItemDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

/** Where an item comes from: published by staff, or produced by a permit / a report / a published works project. */
export interface MapItemSource {
  type: 'staff' | 'permit' | 'report' | 'project';
  /** The permit's or report's tracking code, the project's id. */
  code?: string;
  /** Its public tracking page, relative to the site. */
  url?: string;
}

/** The public feature (GeoJSON, RFC 7946): what the map, the list view and every feed read. */
export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: {
    id: string;
    kind: MapItemKind;
    title: string;
    description: string;
    streets: string[];
    start: string;
    end: string;
    startTime?: string;
    endTime?: string;
    schedule?: MapPeriod['schedule'];
    managingParty?: string;
    phase?: WorksPhase;
    causedBy?: string;
    source: MapItemSource;
    /** The item's public page, relative to the site (a published works site's `/{c}/chantiers/{id}/`). */
    url?: string;
    /** A works site's latest progress updates, newest first (public words staff wrote for the public page). */
    updates?: WorksUpdate[];
    /** Last change (ISO instant): feeds' ETags and iCal's DTSTAMP/LAST-MODIFIED come from it. */
    updatedAt: string;
  };
}

/** One progress update of a published works site, as the map and the feeds carry it. */
export interface WorksUpdate {
  /** ISO instant (UTC). */
  at: string;
  text: string;
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** The query of the map and the GeoJSON feed: a day (or a window), a viewport, kinds. */
export const MapQuery = z.object({
  /** One day ("what is closed on Saturday?"); default today. */
  date: IsoDateSchema.optional(),
  /** Or a window, both ends included (the list view's "this week"). */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** west,south,east,north (WGS84). */
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'bbox = ouest,sud,est,nord')
    .optional(),
  /** Comma-separated kinds. */
  kind: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .optional(),
});
export type MapQuery = z.infer<typeof MapQuery>;
