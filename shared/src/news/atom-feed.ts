/**
 * The practical notices as an Atom 1.0 feed (RFC 4287): every text escaped as XML character data (the staff's words
 * are data), control characters removed (XML 1.0 forbids them), links absolute, instants in RFC 3339. Pure: the
 * handler gives the notices, the site's origin and the feed's own `updated` instant.
 */
import { brusselsDateTime } from '../brussels-time.js';
import { stripControlCharacters } from '../plain-text.js';
import { absoluteUrl } from '../map/feeds/feed-common.js';
import type { PublicNews } from '../schemas/news.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text as XML character data or an attribute value. */
export const escapeXml = (s: string) => stripControlCharacters(s).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

export interface AtomFeedMeta {
  commune: { id: string; name: string };
  /** The site's origin (https://tandem.example). */
  baseUrl: string;
  /** The feed's title, in French (« Actualités — Soignies »). */
  title: string;
  /** The kinds' names in French, for each entry's category label. */
  kindLabels: Readonly<Record<PublicNews['kind'], string>>;
  /** The feed's last change: its latest entry's, so that an unchanged feed is the same bytes. */
  updated: string;
}

export function toAtomFeed(items: readonly PublicNews[], meta: AtomFeedMeta): string {
  const page = absoluteUrl(meta.baseUrl, `/${meta.commune.id}/actualites/`);
  const self = absoluteUrl(meta.baseUrl, `/api/feeds/${meta.commune.id}/actualites.atom`);
  const entry = (n: PublicNews) => {
    const url = absoluteUrl(meta.baseUrl, n.url);
    const text = [n.body, n.place?.label, n.link].filter(Boolean).join('\n\n');
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(n.kind === 'alerte' ? `${meta.kindLabels.alerte} : ${n.title}` : n.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      ...(n.link ? [`    <link rel="related" href="${escapeXml(n.link)}"/>`] : []),
      `    <category term="${escapeXml(n.kind)}" label="${escapeXml(meta.kindLabels[n.kind])}"/>`,
      `    <published>${brusselsDateTime(n.from)}</published>`,
      `    <updated>${escapeXml(n.updatedAt)}</updated>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${escapeXml(page)}</id>`,
    `  <title type="text">${escapeXml(meta.title)}</title>`,
    `  <updated>${escapeXml(meta.updated)}</updated>`,
    `  <author><name>${escapeXml(meta.commune.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    '  <generator>Tandem</generator>',
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
