/**
 * The date control's choices as query windows. "Cette semaine" is today and the 6 days after (a rolling
 * week: on a Sunday it still shows the coming week, unlike the ISO week). The choice lives in the address
 * (?when=tomorrow, ?date=2026-03-14) so that a page can be shared or embedded on a given day.
 */
import { addDays, isValidIsoDate, type IsoDate } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';

export const WHEN_CHOICES = ['today', 'tomorrow', 'week', 'day'] as const;
export type WhenChoice = (typeof WHEN_CHOICES)[number];

export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The days a choice covers, or undefined when "a given day" has no valid day yet. */
export function windowOf(choice: WhenChoice, day: string, today: IsoDate = brusselsDate(Date.now())): DateWindow | undefined {
  switch (choice) {
    case 'today':
      return { from: today, to: today };
    case 'tomorrow': {
      const d = addDays(today, 1);
      return { from: d, to: d };
    }
    case 'week':
      return { from: today, to: addDays(today, 6) };
    case 'day':
      return isValidIsoDate(day) ? { from: day, to: day } : undefined;
  }
}

/** The API's query for a window: one day as ?date=, a span as ?from=&to=. */
export function windowQuery(w: DateWindow): URLSearchParams {
  return w.from === w.to ? new URLSearchParams({ date: w.from }) : new URLSearchParams({ from: w.from, to: w.to });
}

/** The choice written in an address (?when=… or ?date=…), today by default. */
export function readWhen(search: string): { choice: WhenChoice; day: string } {
  const q = new URLSearchParams(search);
  const date = q.get('date') ?? '';
  if (isValidIsoDate(date)) return { choice: 'day', day: date };
  const when = q.get('when');
  return { choice: (WHEN_CHOICES as readonly string[]).includes(when ?? '') && when !== 'day' ? (when as WhenChoice) : 'today', day: '' };
}

/** The address's query with the choice written in (other parameters kept). */
export function writeWhen(search: string, choice: WhenChoice, day: string): string {
  const q = new URLSearchParams(search);
  q.delete('when');
  q.delete('date');
  if (choice === 'day' && isValidIsoDate(day)) q.set('date', day);
  else if (choice !== 'today' && choice !== 'day') q.set('when', choice);
  const s = q.toString();
  return s ? `?${s}` : '';
}
