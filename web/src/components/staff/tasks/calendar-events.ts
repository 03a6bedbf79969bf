/**
 * The commune's events (map items of kind « event », from the public map's window query) on the task calendar: each
 * on every day it runs within the days shown, linking to its staff map page. Cheap: one read, already public.
 */
import type { MapFeatureCollection } from '@tandem/shared/map/map-items';
import { addDays } from '@tandem/shared/permits/calendar';
import { apiFetch, apiPath } from '../../../lib/api';

export interface CalendarEvent {
  href: string;
  title: string;
}

export async function eventsByDay(commune: string, range: { from: string; to: string }): Promise<Map<string, CalendarEvent[]>> {
  const fc = await apiFetch<MapFeatureCollection>(apiPath(commune, `map/items?kind=event&from=${range.from}&to=${range.to}`));
  const days = new Map<string, CalendarEvent[]>();
  for (const f of fc.features) {
    const e = { href: `/${commune}/agents/carte/${encodeURIComponent(f.id)}/`, title: f.properties.title };
    const first = f.properties.start > range.from ? f.properties.start : range.from;
    const last = f.properties.end < range.to ? f.properties.end : range.to;
    for (let d = first; d <= last; d = addDays(d, 1)) days.set(d, [...(days.get(d) ?? []), e]);
  }
  return days;
}
