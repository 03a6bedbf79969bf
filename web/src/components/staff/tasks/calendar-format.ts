/** How the task calendar names its month, weekdays and days, in the agent's language (calendar days: no zone). */
import { formatCalendarDay } from '@tandem/shared/brussels-time';
import { dateLocale } from '../../../lib/locale';

export const monthTitle = (day: string) => formatCalendarDay(day, dateLocale(), { month: 'long', year: 'numeric' });
export const dayInWords = (day: string) => formatCalendarDay(day, dateLocale(), { weekday: 'long', day: 'numeric', month: 'long' });
export const weekdayShort = (day: string) => formatCalendarDay(day, dateLocale(), { weekday: 'short' });
export const weekdayLong = (day: string) => formatCalendarDay(day, dateLocale(), { weekday: 'long' });
