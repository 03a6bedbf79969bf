/**
 * Works sites the public can follow (functions/src/worksites/, docs/worksites.md): staff publish a works project
 * (why, who, phases, detours), write progress updates with photos, and citizens read the page and watch it by
 * e-mail. The public views never carry staff names, internal activity or watchers' addresses.
 */
import * as z from 'zod';
import { LOCALES } from '../commune-config.js';
import { IsoDateSchema, PermitGeometry } from '../permits/permit-details.js';
import { plainText } from '../plain-text.js';
import { UPLOAD_KEY_PATTERN } from '../uploads.js';
import { PROJECT_STATUSES } from '../work/task-states.js';

const version = z.number().int().min(1).describe('The project’s version as read (stale: 409).');

export const PhaseInput = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    title: plainText().trim().min(2, 'un intitulé de 2 caractères au moins').max(80),
    start: IsoDateSchema,
    end: IsoDateSchema,
  })
  .refine((p) => p.end >= p.start, { message: 'la date de fin est avant la date de début', path: ['end'] });

/** POST /api/{commune}/staff/projects/{id}/publication: publish a works project, or change what its page says. */
export const PublicationInput = z.object({
  version,
  why: plainText().trim().min(3, 'dites en quelques mots pourquoi ces travaux').max(2000),
  who: plainText().trim().min(2, 'qui fait les travaux ?').max(300),
  phases: z.array(PhaseInput).min(1, 'au moins une phase').max(12),
  detours: plainText().trim().max(2000).optional(),
});
export type PublicationInput = z.infer<typeof PublicationInput>;

/** DELETE /api/{commune}/staff/projects/{id}/publication?version=N */
export const UnpublishQuery = z.object({ version: z.coerce.number().int().min(1) });

/** POST /api/{commune}/staff/projects/{id}/progress: a progress update for the public page, with photos. */
export const ProgressInput = z.object({
  version,
  text: plainText().trim().min(3, 'un texte de 3 caractères au moins').max(2000),
  /** Fresh photo uploads (POST /api/{commune}/uploads, purpose photo). */
  photos: z.array(z.string().regex(UPLOAD_KEY_PATTERN, 'not an upload key of this platform')).max(6).default([]),
});
export type ProgressInput = z.infer<typeof ProgressInput>;

/** What the staff routes answer: the project's new version and its public page. */
export const PublicationAnswer = z.object({
  id: z.string(),
  version: z.number(),
  published: z.boolean(),
  url: z.string().optional().describe('The public page, relative to the site.'),
  posterUrl: z.string().optional(),
  mapItemId: z.string().optional(),
});
export type PublicationAnswer = z.infer<typeof PublicationAnswer>;

const PhaseView = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  /** past, current or future, on today's date in Brussels. */
  when: z.enum(['past', 'current', 'future']),
});

export const WorksUpdateView = z.object({
  at: z.string(),
  text: z.string(),
  /** Presigned links (an hour). */
  photos: z.array(z.object({ name: z.string(), url: z.string() })),
});

/** One line of GET /api/{commune}/works. */
export const WorksSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(PROJECT_STATUSES),
  start: z.string().optional(),
  end: z.string().optional(),
  place: z.object({ label: z.string().optional(), geometry: PermitGeometry }).optional(),
  currentPhase: z.string().optional(),
  url: z.string(),
  publishedAt: z.string(),
});
export type WorksSummary = z.infer<typeof WorksSummary>;

export const WorksList = z.object({ items: z.array(WorksSummary) });
export type WorksList = z.infer<typeof WorksList>;

/** GET /api/{commune}/works/{id}: what, why, who, phases, progress updates with photos, detours. */
export const PublicWorks = WorksSummary.extend({
  description: z.string(),
  why: z.string(),
  who: z.string(),
  phases: z.array(PhaseView),
  detours: z.string().optional(),
  updates: z.array(WorksUpdateView),
  posterUrl: z.string(),
});
export type PublicWorks = z.infer<typeof PublicWorks>;

/** POST /api/{commune}/works/{id}/watchers: an e-mail address to tell of each progress update (confirmed first). */
export const WatchInput = z.object({
  email: z.string().trim().max(254).email('adresse e-mail non valide'),
  locale: z.enum(LOCALES).default('fr'),
});
export type WatchInput = z.infer<typeof WatchInput>;

/** The same answer whatever the address's state: it tells no one whether an address already follows the site. */
export const WatchAnswer = z.object({ status: z.literal('check-your-mail') });
export type WatchAnswer = z.infer<typeof WatchAnswer>;

/** The unsubscribe link's key: `<address hash>.<secret>`. */
export const UNSUBSCRIBE_KEY_PATTERN = /^[0-9a-f]{64}\.[A-Za-z0-9_-]{43}$/;
