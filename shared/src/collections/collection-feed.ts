/**
 * A zone's collections as an iCalendar feed (RFC 5545): what /api/feeds/{commune}/collectes-{zone}.ics serves, to
 * subscribe to from any calendar application. Written through the platform's one iCalendar writer
 * (map/feeds/icalendar-feed.ts: escaping, folding, the calendar's head).
 *
 * - One all-day VEVENT per collection day and kind, UID `collecte-<zone>-<day>-<kind>@<commune>.tandem` (stable: the
 *   same day re-imported is the same event), CATEGORIES the kind's code, TRANSP:TRANSPARENT (nobody looks busy).
 * - A VALARM the evening before at 19:00 (5 hours before the day starts): the reminder to put the bins out, which a
 *   calendar application shows if its owner lets feeds' alarms through.
 * - DTSTAMP and LAST-MODIFIED are the year's import time: the feed only changes when the calendar does (stable ETag).
 */
import { allDayLines, escapeText, icalendarDocument } from '../map/feeds/icalendar-feed.js';
import { icalUtc } from '../map/feeds/ical-time.js';
import { absoluteUrl } from '../map/feeds/feed-common.js';
import { COLLECTION_KINDS, type CollectionKind } from './collection-kinds.js';
import type { CollectionZoneDays } from '../entities/collection-calendar.js';

export interface CollectionFeedMeta {
  commune: { id: string; name: string };
  zone: { id: string; name: string };
  /** The site's origin (https://…), for the link to the collections page. */
  baseUrl: string;
  /** The words, in the commune's language (the handler passes the French messages). */
  words: { kind: (kind: CollectionKind) => string; summary: (kindName: string) => string; calendarName: string; description: string };
}

/** The zone's feed over the years given (each with its import time). */
export function toCollectionICalendar(
  years: readonly { importedAt: string; zone: CollectionZoneDays }[],
  meta: CollectionFeedMeta,
): string {
  const url = absoluteUrl(meta.baseUrl, `/${meta.commune.id}/collectes/`);
  const days = years
    .flatMap(({ importedAt, zone }) =>
      COLLECTION_KINDS.flatMap((kind) => (zone.days[kind] ?? []).map((day) => ({ day, kind, importedAt }))),
    )
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : COLLECTION_KINDS.indexOf(a.kind) - COLLECTION_KINDS.indexOf(b.kind)));
  const events = days.flatMap(({ day, kind, importedAt }) => {
    const summary = escapeText(meta.words.summary(meta.words.kind(kind)));
    return [
      'BEGIN:VEVENT',
      `UID:collecte-${meta.zone.id}-${day}-${kind}@${meta.commune.id}.tandem`,
      `DTSTAMP:${icalUtc(importedAt)}`,
      `LAST-MODIFIED:${icalUtc(importedAt)}`,
      ...allDayLines(day),
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(meta.words.description)}`,
      `URL:${url}`,
      `CATEGORIES:${kind}`,
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${summary}`,
      'TRIGGER:-PT5H',
      'END:VALARM',
      'END:VEVENT',
    ];
  });
  return icalendarDocument({ prodId: `-//Tandem//Collectes ${meta.commune.id}//FR`, name: meta.words.calendarName }, events);
}
