/**
 * Map items in words, in the visitor's language: "du lundi 30 novembre au vendredi 4 décembre, en semaine,
 * de 7 h à 16 h". Calendar days carry no time zone; the year is said only when it is not the current one in
 * Brussels.
 */
import type { MapFeature, MapItemKind } from '@tandem/shared/map/map-items';
import { brusselsYear, formatCalendarDay } from '@tandem/shared/brussels-time';
import { dateLocale, tr, type MessageKey } from '../../lib/locale';

type Props = MapFeature['properties'];

/** "lundi 30 novembre" (with the year when it is not `thisYear`). */
export function dayText(iso: string, thisYear = Number(brusselsYear(Date.now()))): string {
  const withYear = Number(iso.slice(0, 4)) !== thisYear;
  try {
    return formatCalendarDay(iso, dateLocale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
  } catch {
    return iso;
  }
}

/** "7 h", "7 h 30" (French); "7 uur", "7.30 uur"; "7 Uhr"; "7:00". */
export function timeText(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  const hour = String(Number(h));
  return m === '00' ? tr('map.time.hour', { h: hour }) : tr('map.time.hourMinute', { h: hour, m });
}

function hoursText(from?: string, to?: string): string {
  if (from && to) return tr('map.hours.range', { from: timeText(from), to: timeText(to) });
  if (from) return tr('map.hours.from', { time: timeText(from) });
  if (to) return tr('map.hours.until', { time: timeText(to) });
  return '';
}

/** The name of an ISO weekday (1 = Monday) in the visitor's language. */
function weekdayName(n: number): string {
  // 2024-01-01 was a Monday.
  const d = new Date(Date.UTC(2024, 0, n));
  try {
    return new Intl.DateTimeFormat(dateLocale(), { weekday: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return String(n);
  }
}

/** "en semaine", "le week-end", "tous les jours", or "le lundi, mercredi et vendredi". */
export function scheduleDaysText(days: readonly number[]): string {
  const set = [...new Set(days)].sort((a, b) => a - b);
  const key = set.join('');
  if (key === '1234567') return tr('map.schedule.everyDay');
  if (key === '12345') return tr('map.schedule.weekdays');
  if (key === '67') return tr('map.schedule.weekend');
  const names = set.map(weekdayName);
  let list: string;
  try {
    list = new Intl.ListFormat(dateLocale(), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    list = names.join(', ');
  }
  return tr('map.schedule.days', { days: list });
}

/** When an item applies, in one sentence. */
export function periodText(p: Pick<Props, 'kind' | 'start' | 'end' | 'startTime' | 'endTime' | 'schedule'>, thisYear?: number): string {
  const day = (iso: string) => dayText(iso, thisYear);
  // A report has no end: it stays until it is dealt with; its start is the day it was made.
  if (p.kind === 'report') return tr('map.period.reported', { date: day(p.start) });
  const parts: string[] = [];
  if (p.schedule) {
    // Daily hours on some weekdays: the dates, then the days, then the hours.
    parts.push(
      p.start === p.end ? tr('map.period.oneDay', { date: day(p.start) }) : tr('map.period.range', { from: day(p.start), to: day(p.end) }),
    );
    if (p.start !== p.end) parts.push(scheduleDaysText(p.schedule.days));
    parts.push(hoursText(p.schedule.from, p.schedule.to));
  } else if (p.start === p.end) {
    parts.push(tr('map.period.oneDay', { date: day(p.start) }));
    const hours = hoursText(p.startTime, p.endTime);
    if (hours) parts.push(hours);
  } else {
    // A first and a last hour belong to the first and the last day.
    const from = p.startTime ? tr('map.period.dayAt', { date: day(p.start), time: timeText(p.startTime) }) : day(p.start);
    const to = p.endTime ? tr('map.period.dayAt', { date: day(p.end), time: timeText(p.endTime) }) : day(p.end);
    parts.push(tr('map.period.range', { from, to }));
  }
  return parts.filter(Boolean).join(', ');
}

/** "le mardi 3 décembre" or "du lundi 30 novembre au dimanche 6 décembre": the dates a query covers. */
export function windowText(from: string, to: string, thisYear?: number): string {
  return from === to
    ? tr('map.when.on', { date: dayText(from, thisYear) })
    : tr('map.when.between', { from: dayText(from, thisYear), to: dayText(to, thisYear) });
}

export const kindLabel = (k: MapItemKind) => tr(`map.kind.${k}` as MessageKey);
export const kindsLabel = (k: MapItemKind) => tr(`map.kinds.${k}` as MessageKey);
export const phaseLabel = (p: NonNullable<Props['phase']>) => tr(`map.phase.${p}` as MessageKey);

/** How many items the list shows, for the live region. */
export function countText(shown: number, total: number, when: string): string {
  if (shown !== total)
    return tr(shown === 0 ? 'map.count.filteredNone' : shown === 1 ? 'map.count.filteredOne' : 'map.count.filtered', {
      shown,
      total,
      when,
    });
  if (total === 0) return tr('map.count.none', { when });
  if (total === 1) return tr('map.count.one', { when });
  return tr('map.count.many', { n: total, when });
}
