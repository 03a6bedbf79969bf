/** The collection routes' queries and answers (docs/collections.md): the handlers parse with these, the OpenAPI document shows them. */
import * as z from 'zod';
import { LOCALES } from '../commune-config.js';
import { COLLECTION_KINDS } from './collection-kinds.js';

const Kind = z.enum(COLLECTION_KINDS);
const Day = z.string().describe('A calendar day (YYYY-MM-DD, Europe/Brussels).');
const ZoneRef = z.object({ id: z.string(), name: z.string() });

export const CollectionsQuery = z.object({
  /** What the person typed: « rue de la station », « r. de la sta ». A house number is ignored. */
  street: z.string().trim().min(2).max(120),
});

export const StreetZoneView = z.object({
  street: z.string(),
  postcode: z.string().optional(),
  zone: ZoneRef,
});

export const CollectionsAnswer = z.object({
  calendar: z.boolean().describe('Whether the commune has assigned streets to zones at all (without, matches is always empty).'),
  matches: z.array(StreetZoneView).describe('Up to 8 assigned streets answering what was typed, best first.'),
  found: z
    .object({
      street: z.string(),
      postcode: z.string().optional(),
      zone: ZoneRef,
      next: z.array(z.object({ kind: Kind, date: Day })).describe('Each kind’s next collection day (today included), soonest first.'),
      upcoming: z.array(z.object({ date: Day, kinds: z.array(Kind) })).describe('The next collection days with their kinds.'),
      feed: z.string().describe('The zone’s iCalendar feed (a path of this site).'),
      today: Day.describe('The day the answer was computed for (Europe/Brussels): « today » and « tomorrow » are said from it.'),
    })
    .optional()
    .describe('The street meant, when there is no doubt (the only match, or the only whole name).'),
});
export type CollectionsAnswer = z.infer<typeof CollectionsAnswer>;

/** POST /api/{c}/collections/reminders: the evening-before e-mail for a zone (double opt-in). */
export const CollectionReminderInput = z.object({
  email: z.string().trim().max(254).email('adresse e-mail non valide'),
  zone: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'un identifiant de zone (zone-centre)')
    .max(60)
    .describe('The zone’s id, as the street lookup answers it (found.zone.id).'),
  locale: z.enum(LOCALES).default('fr'),
});
export type CollectionReminderInput = z.infer<typeof CollectionReminderInput>;

export { REMINDER_KEY_PATTERN, REMINDER_UNSUBSCRIBE_FRAGMENT } from './reminder-key.js';

export const CollectionYearParam = z.coerce.number().int().min(2000).max(2100);

export const CollectionImportQuery = z.object({
  zone: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe(
      'The zone this file is for: required for iCalendar (one zone per file); for CSV, the file then needs no zone column and only that zone is replaced.',
    ),
});

export const CollectionProblemView = z.object({
  line: z.number().int().describe('1-based, the header (or BEGIN:VCALENDAR) being line 1.'),
  column: z.string().describe('The CSV column, or the iCalendar property.'),
  reason: z.string(),
  code: z.string(),
});

export const CollectionZoneView = z.object({
  id: z.string(),
  name: z.string(),
  collections: z.number().int(),
  counts: z.record(Kind, z.number().int()).describe('Collections per kind.'),
});

export const CollectionImportResult = z.object({
  year: z.number().int(),
  zones: z.array(CollectionZoneView).describe('Every zone of the year after the import.'),
  unchanged: z.boolean().describe('True when the year’s calendar was already this one: nothing was written.'),
  importedAt: z.string(),
});
export type CollectionImportResult = z.infer<typeof CollectionImportResult>;

export const StreetZonesImportResult = z.object({
  streets: z.number().int(),
  zones: z.array(z.object({ id: z.string(), name: z.string(), streets: z.number().int() })),
  unchanged: z.boolean(),
  importedAt: z.string(),
});
export type StreetZonesImportResult = z.infer<typeof StreetZonesImportResult>;

/** GET /api/{c}/staff/collections: the years imported, the streets by zone, the import's limits. */
export const CollectionsState = z.object({
  years: z.array(
    z.object({
      year: z.number().int(),
      zones: z.array(CollectionZoneView),
      importedAt: z.string(),
      importedBy: z.object({ name: z.string() }).optional(),
    }),
  ),
  streets: z
    .object({
      zones: z.array(z.object({ id: z.string(), name: z.string(), streets: z.array(z.string()) })),
      importedAt: z.string(),
      importedBy: z.object({ name: z.string() }).optional(),
    })
    .nullable(),
  limits: z.object({ maxBytes: z.number().int(), maxProblems: z.number().int() }),
});
export type CollectionsState = z.infer<typeof CollectionsState>;
