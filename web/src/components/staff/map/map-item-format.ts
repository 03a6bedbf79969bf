/** Labels and formats of the staff map screens: kinds, phases, whether an item is current, its schedule. */
import type { MapFeature, MapItemKind, MapPeriod, WorksPhase } from '@tandem/shared/map/map-items';
import { tr, dateLocale, type MessageKey } from '../../../lib/locale';
import { formatPeriod } from '../permits/permit-format';

/** A staff list row: the public feature, the version to send back when changing it and the owning department. */
export type StaffMapItem = MapFeature & { version: number; department?: string };

export const TIMINGS = ['current', 'upcoming', 'finished'] as const;
export type Timing = (typeof TIMINGS)[number];

export const mapKindLabel = (k: MapItemKind): string => tr(`mapStaff.kind.${k}` as MessageKey);
export const phaseLabel = (p: WorksPhase): string => tr(`mapStaff.phase.${p}` as MessageKey);
export const timingLabel = (t: Timing): string => tr(`mapStaff.timing.${t}` as MessageKey);
export const statusLabel = (t: Timing): string => tr(`mapStaff.status.${t}` as MessageKey);

/** Where an item stands on a day (ISO): not begun, going on, over. */
export function timingOf(p: { start: string; end: string }, today: string): Timing {
  if (p.end < today) return 'finished';
  if (p.start > today) return 'upcoming';
  return 'current';
}

/** A weekday's name (1 = Monday) in the agent's language; 2024-01-01 was a Monday. */
export function weekdayName(day: number, width: 'long' | 'short' = 'long'): string {
  const d = new Date(Date.UTC(2024, 0, day));
  try {
    return new Intl.DateTimeFormat(dateLocale(), { weekday: width, timeZone: 'UTC' }).format(d);
  } catch {
    return String(day);
  }
}

/** "lun., mar., mer., de 07:00 à 16:00". */
export function scheduleText(s: NonNullable<MapPeriod['schedule']>): string {
  const days = [...s.days]
    .sort((a, b) => a - b)
    .map((d) => weekdayName(d, 'short'))
    .join(', ');
  return tr('mapStaff.schedule.text', { days, from: s.from, to: s.to });
}

/** The period in words, its weekly schedule after it. */
export function itemPeriodText(p: MapFeature['properties']): string {
  const period = formatPeriod({ start: p.start, end: p.end, startTime: p.startTime, endTime: p.endTime });
  return p.schedule ? `${period} — ${scheduleText(p.schedule)}` : period;
}

/** Where staff read more about an item's source: the permit's or the report's staff page. */
export function sourceHref(commune: string, source: MapFeature['properties']['source']): string | undefined {
  if (!source.code) return undefined;
  if (source.type === 'permit') return `/${commune}/agents/autorisations/${encodeURIComponent(source.code)}/`;
  if (source.type === 'report') return `/${commune}/agents/signalements/${encodeURIComponent(source.code)}/`;
  return undefined;
}

export function sourceLabel(source: MapFeature['properties']['source']): string {
  if (source.type === 'permit') return tr('mapStaff.source.permit', { code: source.code ?? '' });
  if (source.type === 'report') return tr('mapStaff.source.report', { code: source.code ?? '' });
  return tr('mapStaff.source.staff');
}

/** Only what staff published by hand is edited here; permits and reports keep their items in step themselves. */
export const isEditable = (item: MapFeature): boolean => item.properties.source.type === 'staff';
