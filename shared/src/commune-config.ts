import { WorkConfig } from './work/work-config.js';
import * as z from 'zod';
import { REPORT_STATES, type ReportState } from './report-states.js';
import { PermitsConfig } from './permits/permit-config.js';
import { boundaryBBox, inBoundary } from './geo.js';
import { AUDIT_RETENTION_YEARS_DEFAULT } from './entities/audit-entry.js';
import { PrivacyConfig } from './privacy/retention.js';
import { MapBackground } from './map/map-background.js';
import { CitizenFederationConfig } from './citizen/citizen-federation.js';
import { AppointmentsConfig } from './appointments/appointment-config.js';
import { LocalisedText } from './localised-text.js';

export { LOCALES, LocalisedText, pickText, type Locale } from './localised-text.js';

const LngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z
  .array(LngLatSchema)
  .min(4)
  .refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'a ring is closed: its last point is its first');
/** A commune's real boundary, simplified (GeoJSON, lon/lat): a Polygon (outer ring, then holes) or a MultiPolygon. */
export const BoundarySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);

export const CommuneId = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'commune id: lower case letters, digits and dashes');

/** A question asked for one report category (becomes an Open311 attribute). */
export const CategoryQuestion = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
  label: LocalisedText,
  type: z.enum(['text', 'number', 'singlevaluelist', 'boolean']),
  required: z.boolean().default(false),
  options: z.array(z.object({ key: z.string(), label: LocalisedText })).optional(),
});
export type CategoryQuestion = z.infer<typeof CategoryQuestion>;

export const ReportCategory = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  label: LocalisedText,
  description: LocalisedText.optional(),
  group: LocalisedText.optional(),
  department: z.string(),
  keywords: z.array(z.string()).default([]),
  questions: z.array(CategoryQuestion).default([]),
  /** The service level: an open report is late once this many calendar days (Brussels) have passed since it was filed. */
  slaDays: z.number().int().min(1).max(365).optional(),
});
export type ReportCategory = z.infer<typeof ReportCategory>;

export const Department = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  name: LocalisedText,
  email: z.string().email().optional(),
  /**
   * An outside body asked for opinions on permits (the police zone, the fire and rescue zone): its agents read the
   * requests they review and give their opinion, and handle no report, permit or map item (docs/roles.md).
   */
  reviewOnly: z.boolean().optional(),
});
export type Department = z.infer<typeof Department>;

/**
 * A canned answer staff can pick when changing a report's state (FixMyStreet's "response templates").
 * It fits the target states listed (any when absent) and the categories listed (any when absent).
 */
export const ResponseTemplate = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  title: LocalisedText,
  text: LocalisedText,
  states: z.array(z.enum(REPORT_STATES)).min(1).optional(),
  categories: z.array(z.string()).min(1).optional(),
});
export type ResponseTemplate = z.infer<typeof ResponseTemplate>;

export const DemoAccount = z.object({
  username: z.string().email(),
  role: z.enum(['agent', 'worker', 'admin']),
  name: z.string(),
  departments: z.array(z.string()).default([]),
});

/** One commune's registration: the file an IT team writes to onboard a commune (infra/communes/<id>.json). */
export const CommuneConfig = z.object({
  id: CommuneId,
  name: z.string().min(2),
  nis: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  email: z.string().email(),
  website: z.string().url().optional(),
  branding: z.object({
    primary: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    primaryText: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .default('#ffffff'),
    accent: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    logoText: z.string().max(4).optional(),
  }),
  map: z
    .object({
      /** [west, south, east, north]: the map's extent (it covers the boundary). */
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
      /** The commune's area: reports, permits, map items and Open311 requests outside it are refused. */
      boundary: BoundarySchema,
      center: z.object({ lat: z.number(), lng: z.number() }),
      zoom: z.number().min(1).max(20),
      /**
       * What the maps draw under their layers (docs/map-backgrounds.md): a provider's style, raster XYZ/WMTS tiles,
       * or a PMTiles archive; absent, a plain background that needs no network.
       */
      background: MapBackground.optional(),
      /** Replaced by `background` ({ "type": "style", "url": …, "attribution": … }): refused, not silently dropped. */
      styleUrl: z.undefined({ error: 'map.styleUrl is now map.background: { "type": "style", "url", "attribution" }' }).optional(),
    })
    .refine((m) => inBoundary(m.center, m.boundary), { message: 'the centre is inside the boundary', path: ['center'] })
    .refine(
      (m) => {
        const [w, s, e, n] = boundaryBBox(m.boundary);
        return m.bbox[0] <= w && m.bbox[1] <= s && m.bbox[2] >= e && m.bbox[3] >= n;
      },
      { message: 'the map extent covers the boundary', path: ['bbox'] },
    ),
  departments: z.array(Department).min(1),
  categories: z.array(ReportCategory).min(1),
  /** Canned messages to citizens, offered in the staff space when changing a report's state. */
  responseTemplates: z.array(ResponseTemplate).default([]),
  /** Event authorisations and public-domain occupations (absent: the commune does not take them online). */
  permits: PermitsConfig.optional(),
  /** Appointments at the counter (docs/appointments.md; absent: the commune takes none online). */
  appointments: AppointmentsConfig.optional(),
  /** The audit log of staff actions (docs/audit-log.md): how many years its entries are kept (absent: the default). */
  audit: z.object({ retentionYears: z.number().int().min(1).max(30).default(AUDIT_RETENTION_YEARS_DEFAULT) }).optional(),
  /** How long personal data is kept after a request closes (default 12 months; see docs/privacy.md). */
  privacy: PrivacyConfig.default({ retentionMonths: 12 }),
  /** The commune's PST and process templates (shared/src/work/work-config.ts). */
  work: WorkConfig.default({ pst: [], templates: [] }),
  /** Sign-in to « Mon espace » with eID/itsme through FAS (docs/citizen-federation.md); absent: e-mail codes only. */
  citizenFederation: CitizenFederationConfig.optional(),
  /** Demo accounts created by the local runtime only (never by the cloud stacks). */
  demoAccounts: z.array(DemoAccount).default([]),
});
export type CommuneConfig = z.infer<typeof CommuneConfig>;

/** What anyone may read about a commune (no demo accounts). */
export type PublicCommuneConfig = Omit<CommuneConfig, 'demoAccounts'>;
export function publicCommuneConfig(c: CommuneConfig): PublicCommuneConfig {
  const { demoAccounts: _omit, ...rest } = c;
  return rest;
}

export function findCategory(c: Pick<CommuneConfig, 'categories'>, code: string): ReportCategory | undefined {
  return c.categories.find((x) => x.code === code);
}

/** The response templates that fit a move to `state` for a report in `category`, in config order. */
export function templatesFor(c: { responseTemplates?: ResponseTemplate[] }, state: ReportState, category: string): ResponseTemplate[] {
  return (c.responseTemplates ?? []).filter(
    (t) => (!t.states || t.states.includes(state)) && (!t.categories || t.categories.includes(category)),
  );
}
