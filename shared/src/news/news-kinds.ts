/**
 * The kinds of a practical notice (docs/news.md) and the rules of which notices are current: pure functions of the
 * notice and today's Brussels day, no clock read here (the handlers pass `clock.today()`).
 */

/** info, alerte (shown first and marked in words), travaux, évènement, collecte (a waste collection moved or cancelled). */
export const NEWS_KINDS = ['alerte', 'info', 'travaux', 'evenement', 'collecte'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** What `isCurrentNews` and the orders read of a notice. */
export interface NewsTiming {
  id: string;
  kind: NewsKind;
  published: boolean;
  /** The Brussels day it appears from. */
  from: string;
  /** The last Brussels day it stays on the home page (included); none: until unpublished. */
  until?: string;
}

/** Published and visible to the public today: from its first day on (past ones stay in the list and the feed). */
export const isPublicNews = (n: NewsTiming, today: string): boolean => n.published && n.from <= today;

/** Current: public today and not past its last day (the home page shows these). */
export const isCurrentNews = (n: NewsTiming, today: string): boolean => isPublicNews(n, today) && (!n.until || today <= n.until);

/** What the orders read: a notice's id, kind and first day (the public view has them too). */
type Ordered = Pick<NewsTiming, 'id' | 'kind' | 'from'>;

/** Newest first: by first day, then by id (a stable order for notices of the same day). */
export const byNewest = (a: Ordered, b: Ordered): number => b.from.localeCompare(a.from) || b.id.localeCompare(a.id);

/** The home page's order: alerts first, then the newest. */
export const byHomeOrder = (a: Ordered, b: Ordered): number => Number(b.kind === 'alerte') - Number(a.kind === 'alerte') || byNewest(a, b);

/** How many current notices the home page shows (the rest are on « Actualités »). */
export const HOME_NEWS_LIMIT = 4;
/** How many notices the public list and the Atom feed carry, newest first. */
export const PUBLIC_NEWS_LIMIT = 50;

/** A notice's anchor on the « Actualités » page (its id, prefixed: an id must not start with a digit in CSS). */
export const newsAnchor = (id: string) => `avis-${id}`;
/** The site path of a notice: the « Actualités » page at its anchor. */
export const newsPagePath = (commune: string, id: string) => `/${commune}/actualites/#${newsAnchor(id)}`;
