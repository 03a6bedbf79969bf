/** Words the works pages share: a site's status and its period, in the reader's language and in Brussels days. */
import { formatDayInWords } from '@tandem/shared/brussels-time';
import { locale, tr, type MessageKey } from '../../lib/locale';

export const statusLabel = (status: string) => tr(`works.status.${status}` as MessageKey);
export const dayInWords = (day: string) => formatDayInWords(day, locale.value);
export const periodInWords = (start?: string, end?: string) =>
  start && end ? tr('works.list.period', { start: dayInWords(start), end: dayInWords(end) }) : '';
