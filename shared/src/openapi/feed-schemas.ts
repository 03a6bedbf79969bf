/**
 * The public map's feature and the feeds' documents as schemas for the OpenAPI document. The code defines
 * them as types (shared/src/map/); each schema here is proved equal to its type at compile time.
 */
import * as z from 'zod';
import { PermitGeometry } from '../permits/permit-details.js';
import { MAP_ITEM_KINDS, WORKS_PHASES, type MapFeature, type MapItemSource } from '../map/map-items.js';
import { CIFS_CLOSURE_SUBTYPES, type CifsFeed } from '../map/feeds/waze-cifs-feed.js';
import { WEEKDAY_NAMES } from '../map/feeds/feed-common.js';
import type { GeoJsonFeed } from '../map/feeds/geojson-feed.js';
import type { Assert, Same } from './type-match.js';

export const MapItemSourceSchema = z.object({
  type: z.enum(['staff', 'permit', 'report', 'project']),
  code: z.string().optional().describe('The permit’s or report’s tracking code, the project’s id.'),
  url: z.string().optional().describe('Its public tracking page, relative to the site.'),
});

export const MapFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: PermitGeometry,
    properties: z.object({
      id: z.string(),
      kind: z.enum(MAP_ITEM_KINDS),
      title: z.string(),
      description: z.string(),
      streets: z.array(z.string()),
      start: z.string().describe('First day (YYYY-MM-DD, Europe/Brussels).'),
      end: z.string().describe('Last day, included.'),
      startTime: z.string().optional(),
      endTime: z.string().optional(),
      schedule: z
        .object({ days: z.array(z.number()), from: z.string(), to: z.string() })
        .optional()
        .describe('Active only on these ISO weekdays (1 = Monday), between these hours.'),
      managingParty: z.string().optional(),
      phase: z.enum(WORKS_PHASES).optional(),
      causedBy: z.string().optional(),
      source: MapItemSourceSchema,
      url: z.string().optional().describe('The item’s public page, relative to the site (a works site’s /{commune}/chantiers/{id}/).'),
      updates: z
        .array(z.object({ at: z.string(), text: z.string() }))
        .optional()
        .describe('A works site’s latest progress updates, newest first.'),
      updatedAt: z.string(),
    }),
  })
  .describe('A GeoJSON (RFC 7946) feature of the public map; never personal data.');

export const MapFeatureCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(MapFeatureSchema) });

export const GeoJsonFeedSchema = MapFeatureCollectionSchema.extend({
  metadata: z.object({ commune: z.string(), generatedAt: z.string(), count: z.number() }).describe('Foreign member (RFC 7946 §6.1).'),
});

const CifsScheduleSchema = z.object(
  Object.fromEntries(WEEKDAY_NAMES.map((d) => [d, z.string().optional()])) as Record<
    (typeof WEEKDAY_NAMES)[number],
    z.ZodOptional<z.ZodString>
  >,
);

export const CifsFeedSchema = z
  .object({
    incidents: z.array(
      z.object({
        id: z.string(),
        type: z.literal('ROAD_CLOSED'),
        subtype: z.enum(CIFS_CLOSURE_SUBTYPES).optional(),
        polyline: z.string().describe('"lat lng lat lng …"'),
        street: z.string(),
        direction: z.literal('BOTH_DIRECTIONS'),
        starttime: z.string(),
        endtime: z.string(),
        updatetime: z.string(),
        schedule: CifsScheduleSchema.optional(),
        description: z.string(),
        source: z.object({ reference: z.string(), name: z.string(), url: z.string() }),
      }),
    ),
  })
  .describe('Waze for Cities CIFS: the road closures.');

export type MapFeatureMatches = Assert<Same<z.output<typeof MapFeatureSchema>, MapFeature>>;
export type MapItemSourceMatches = Assert<Same<z.output<typeof MapItemSourceSchema>, MapItemSource>>;
export type GeoJsonFeedMatches = Assert<Same<z.output<typeof GeoJsonFeedSchema>, GeoJsonFeed>>;
export type CifsFeedMatches = Assert<Same<z.output<typeof CifsFeedSchema>, CifsFeed>>;
