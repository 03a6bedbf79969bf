/** The field screens' words for times, distances and places (the pure parts are in shared/src/field/). */
import { brusselsDate } from '@tandem/shared/brussels-time';
import { coordinatesInWords } from '@tandem/shared/place-words';
import { brusselsWall, dueDayInWords, dueWhen, hourInWords } from '@tandem/shared/field/due-words';
import { placePoint } from '@tandem/shared/field/today-order';
import type { FieldTaskView } from '../contract';
import { locale, tr } from '../../../lib/locale';

/** « avant 10 h », « en retard », or undefined when the task has no due time. */
export function dueText(task: Pick<FieldTaskView, 'dueAt' | 'overdue'>, now = Date.now()): { text: string; late: boolean } | undefined {
  const when = dueWhen(task.dueAt, task.overdue, now);
  if (!when) return undefined;
  if (when.kind === 'late') return { text: tr('field.due.late'), late: true };
  const time = hourInWords(when.time, locale.value);
  if (when.kind === 'today') return { text: tr('field.due.today', { time }), late: false };
  if (when.kind === 'tomorrow') return { text: tr('field.due.tomorrow', { time }), late: false };
  return { text: tr('field.due.day', { day: dueDayInWords(when.day, locale.value), time }), late: false };
}

/** « Mis à jour à 8 h 02 » (or on another day). */
export function updatedText(at: string, now = Date.now()): string {
  const time = hourInWords(brusselsWall(at), locale.value);
  const day = brusselsDate(at);
  return day === brusselsDate(now)
    ? tr('field.outbox.updatedAt', { time })
    : tr('field.outbox.updatedOn', { day: dueDayInWords(day, locale.value), time });
}

export function distanceText(metres: number): string {
  if (metres < 1000) return tr('field.distance.m', { n: Math.max(10, Math.round(metres / 10) * 10) });
  return tr('field.distance.km', { n: (Math.round(metres / 100) / 10).toLocaleString(locale.value) });
}

/** The place in words: its label, else its coordinates in words, else « Lieu non précisé ». */
export function placeText(task: Pick<FieldTaskView, 'place'>): string {
  const label = task.place?.label?.trim();
  if (label) return label;
  const p = placePoint(task.place?.geometry);
  return p ? coordinatesInWords(p, locale.value) : tr('field.noPlace');
}
