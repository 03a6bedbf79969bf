/**
 * Dates and hours written out in French as on a Belgian municipal document:
 * "mardi 12 mai 2026", "1er juin 2026", "7 h", "7 h 30",
 * "du mardi 12 mai 2026 à 7 h au mercredi 13 mai 2026 à 18 h", "le samedi 6 juin 2026 de 14 h à 23 h".
 * Inputs are ISO dates (YYYY-MM-DD) or ISO timestamps (read as the date in Brussels).
 */
import { brusselsDate } from '@tandem/shared/brussels-time';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseDate(iso: string): Ymd | undefined {
  let date = iso;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const at = new Date(iso);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(at.getTime())) return undefined;
    date = brusselsDate(at);
  }
  const [y, m, d] = date.split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return { y, m, d };
}

/** "mardi 12 mai 2026" (or "12 mai 2026" without the weekday); the input as is when it is no date. */
export function formatFrenchDate(iso: string, options: { weekday?: boolean } = {}): string {
  const p = parseDate(iso);
  if (!p) return iso;
  const day = p.d === 1 ? '1er' : String(p.d);
  const text = `${day} ${MONTHS[p.m - 1]} ${p.y}`;
  if (options.weekday === false) return text;
  return `${WEEKDAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]} ${text}`;
}

/** "12/05/2026". */
export function formatShortDate(iso: string): string {
  const p = parseDate(iso);
  if (!p) return iso;
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/** "07:00" → "7 h", "07:30" → "7 h 30", "00:00" → "0 h". */
export function formatFrenchTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const hours = Number(m[1]);
  return m[2] === '00' ? `${hours} h` : `${hours} h ${m[2]}`;
}

export interface PeriodText {
  start: string;
  end: string;
  startTime?: string;
  endTime?: string;
}

/**
 * The period as one or two phrases, split where a poster breaks the line:
 * ["du mardi 12 mai 2026 à 7 h", "au mercredi 13 mai 2026 à 18 h"] or ["le samedi 6 juin 2026 de 14 h à 23 h"].
 */
export function formatFrenchPeriodLines(period: PeriodText): string[] {
  const start = formatFrenchDate(period.start);
  const from = period.startTime ? formatFrenchTime(period.startTime) : undefined;
  const to = period.endTime ? formatFrenchTime(period.endTime) : undefined;
  if (period.start === period.end) {
    if (from && to) return [`le ${start} de ${from} à ${to}`];
    if (from) return [`le ${start} à partir de ${from}`];
    if (to) return [`le ${start} jusqu’à ${to}`];
    return [`le ${start}`];
  }
  const end = formatFrenchDate(period.end);
  return [`du ${start}${from ? ` à ${from}` : ''}`, `au ${end}${to ? ` à ${to}` : ''}`];
}

/** "du mardi 12 mai 2026 à 7 h au mercredi 13 mai 2026 à 18 h". */
export function formatFrenchPeriod(period: PeriodText): string {
  return formatFrenchPeriodLines(period).join(' ');
}
