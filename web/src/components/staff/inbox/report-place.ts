/** A report's place in a list: the address, else the point in words, else a dash (never the description). */
import type { ReportSummary } from '@tandem/shared/schemas/report';
import { coordinatesInWords } from '@tandem/shared/place-words';
import { tr, locale } from '../../../lib/locale';

export function placeOf(r: Pick<ReportSummary, 'address' | 'location'>): string {
  if (r.address) return r.address;
  return r.location ? tr('staff.place.near', { place: coordinatesInWords(r.location, locale.value) }) : '—';
}
