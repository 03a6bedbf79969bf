/**
 * What the task calendar shows besides tasks, each on every day it runs within the days shown:
 * - the commune's events (map items of kind « event », from the public map's window query), linking to their staff
 *   map page. Cheap: one read, already public;
 * - the permit requests being handled, issued or running (GET staff/permits?from&to: only those the agent may see),
 *   linking to their staff permit page.
 */
import type { MapFeatureCollection } from '@tandem/shared/map/map-items';
import type { PermitSummary } from '@tandem/shared/permits/permit-api';
import { addDays } from '@tandem/shared/permits/calendar';
import { apiFetch, apiPath } from '../../../lib/api';
import { staffFetch } from '../session';

export interface CalendarEvent {
  kind: 'event' | 'permit';
  href: string;
  title: string;
}

type Range = { from: string; to: string };

/** Each item on every day of its period that falls in the range. */
function byDay(items: { e: CalendarEvent; start: string; end: string }[], range: Range, days = new Map<string, CalendarEvent[]>()) {
  for (const { e, start, end } of items) {
    const first = start > range.from ? start : range.from;
    const last = end < range.to ? end : range.to;
    for (let d = first; d <= last; d = addDays(d, 1)) days.set(d, [...(days.get(d) ?? []), e]);
  }
  return days;
}

export async function eventsByDay(commune: string, range: Range): Promise<Map<string, CalendarEvent[]>> {
  const fc = await apiFetch<MapFeatureCollection>(apiPath(commune, `map/items?kind=event&from=${range.from}&to=${range.to}`));
  return byDay(
    fc.features.map((f) => ({
      e: { kind: 'event', href: `/${commune}/agents/carte/${encodeURIComponent(f.id)}/`, title: f.properties.title },
      start: f.properties.start,
      end: f.properties.end,
    })),
    range,
  );
}

/** The permits' calendar line: their reference (or code) and title, so that they read apart from tasks and events. */
export async function permitsByDay(commune: string, range: Range): Promise<Map<string, CalendarEvent[]>> {
  const r = await staffFetch<{ items: PermitSummary[] }>(commune, `staff/permits?from=${range.from}&to=${range.to}&limit=100`);
  return byDay(
    r.items.map((p) => ({
      e: {
        kind: 'permit',
        href: `/${commune}/agents/autorisations/${encodeURIComponent(p.code)}/`,
        title: `${p.reference ?? p.code} · ${p.title}`,
      },
      start: p.period.start,
      end: p.period.end,
    })),
    range,
  );
}

/** Events first, then permits, day by day. */
export function mergeDays(...maps: Map<string, CalendarEvent[]>[]): Map<string, CalendarEvent[]> {
  const out = new Map<string, CalendarEvent[]>();
  for (const m of maps) for (const [d, list] of m) out.set(d, [...(out.get(d) ?? []), ...list]);
  return out;
}
