/**
 * The practical notices' API (functions/src/news/, docs/news.md) as zod schemas: the staff's writing and changing,
 * the staff and public views. Words are plain text (no HTML: escaped wherever they are shown); a link is https only.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { IsoDateSchema, Position } from '../permits/permit-details.js';
import { NEWS_KINDS } from '../news/news-kinds.js';

export const NewsKindSchema = z.enum(NEWS_KINDS);

/** An address in words, a point on the map, or both; at least one. */
export const NewsPlaceSchema = z
  .object({
    label: plainText().trim().min(1).max(200).optional(),
    geometry: z.object({ type: z.literal('Point'), coordinates: Position }).optional(),
  })
  .refine((p) => p.label !== undefined || p.geometry !== undefined, { message: 'une adresse ou un point sur la carte' });

/** A link for more: https only (never javascript:, data: or a page of this site's own origin by trick). */
export const NewsLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:' && /^https:\/\//i.test(s);
    } catch {
      return false;
    }
  }, 'un lien https:// complet');

/** The fields, without defaults: a change names only what it changes. */
const newsFields = {
  kind: NewsKindSchema,
  title: plainText().trim().min(3, 'un titre de 3 caractères au moins').max(140),
  body: plainText().trim().min(1, 'le texte de l’avis').max(2000),
  place: NewsPlaceSchema,
  link: NewsLinkSchema,
  /** The Brussels day it appears from. */
  from: IsoDateSchema,
  /** The last Brussels day it stays on the home page (included). */
  until: IsoDateSchema,
  published: z.boolean(),
};

const untilAfterFrom = (n: { from?: string; until?: string | null }) => !(n.from && n.until && n.until < n.from);
const UNTIL_MESSAGE = { message: 'la fin ne peut précéder le début', path: ['until'] };

export const NewsInput = z
  .object({
    ...newsFields,
    kind: newsFields.kind.default('info'),
    place: newsFields.place.optional(),
    link: newsFields.link.optional(),
    until: newsFields.until.optional(),
    published: newsFields.published.default(true),
  })
  .refine(untilAfterFrom, UNTIL_MESSAGE);
export type NewsInput = z.infer<typeof NewsInput>;

/**
 * A change: only the fields sent change; `null` removes the place, the link or the end; `published: false` takes the
 * notice off the site (it stays for staff), `true` puts it back. `version` is the one the agent saw (stale: 409).
 */
export const NewsChange = z
  .object(newsFields)
  .partial()
  .extend({
    version: z.number().int().min(1),
    place: NewsPlaceSchema.nullable().optional(),
    link: NewsLinkSchema.nullable().optional(),
    until: IsoDateSchema.nullable().optional(),
  })
  .refine((c) => Object.keys(c).some((k) => k !== 'version'), { message: 'name at least one field to change' })
  .refine(untilAfterFrom, UNTIL_MESSAGE);
export type NewsChange = z.infer<typeof NewsChange>;

/** What the public reads of a notice: never who wrote it. */
export const PublicNews = z.object({
  id: z.string(),
  kind: NewsKindSchema,
  title: z.string(),
  body: z.string(),
  place: z
    .object({ label: z.string().optional(), geometry: z.object({ type: z.literal('Point'), coordinates: Position }).optional() })
    .optional(),
  link: z.string().optional(),
  from: z.string(),
  until: z.string().optional(),
  /** Still on the home page today (not past its last day). */
  current: z.boolean(),
  /** The notice's anchor on the « Actualités » page. */
  url: z.string(),
  updatedAt: z.string(),
});
export type PublicNews = z.infer<typeof PublicNews>;

export const PublicNewsList = z.object({ items: z.array(PublicNews) });
export type PublicNewsList = z.infer<typeof PublicNewsList>;

/** `current=true`: only the current notices, alerts first, as many as the home page shows. */
export const PublicNewsQuery = z.object({ current: z.enum(['true', 'false']).optional() });

/** The staff's view: everything, with the version to send back and who wrote and last changed it. */
export const NewsView = PublicNews.extend({
  published: z.boolean(),
  createdAt: z.string(),
  createdBy: z.object({ sub: z.string(), name: z.string() }),
  updatedBy: z.object({ sub: z.string(), name: z.string() }),
  version: z.number(),
});
export type NewsView = z.infer<typeof NewsView>;

export const NewsList = z.object({ items: z.array(NewsView) });
export type NewsList = z.infer<typeof NewsList>;
