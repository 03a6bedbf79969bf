/** An appointment's day and hour as the page says them, in the reader's language: « mardi 25 mars », « 8 h 30 ». */
import { dueDayInWords, hourInWords } from '@tandem/shared/field/due-words';
import { locale } from '../../lib/locale';

export const dayWords = (day: string) => dueDayInWords(day, locale.value);
export const timeWords = (hhmm: string) => hourInWords(hhmm, locale.value);
