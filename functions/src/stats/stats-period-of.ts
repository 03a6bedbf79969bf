/** The period a statistics or export request asks for, with its defaults; 400 naming the field when it is wrong. */
import { addDays, daysBetween, STATS_DEFAULT_DAYS, STATS_MAX_DAYS, type CommuneConfig, type IsoDate } from '@tandem/shared';
import { badRequest } from '../lib/http.js';
import { clock } from '../lib/clock.js';

export function periodOf(q: { from?: IsoDate; to?: IsoDate }): { from: IsoDate; to: IsoDate } {
  const to = q.to ?? clock.today();
  const from = q.from ?? addDays(to, -(STATS_DEFAULT_DAYS - 1));
  if (from > to) throw badRequest('the first day comes before the last', [{ name: 'from', reason: 'after `to`' }]);
  if (daysBetween(from, to) >= STATS_MAX_DAYS) {
    throw badRequest('this period is too long', [{ name: 'from', reason: `at most ${STATS_MAX_DAYS} days up to \`to\`` }]);
  }
  return { from, to };
}

/** A department of the commune, or 400 naming `department`. */
export function departmentOf(config: CommuneConfig, department: string | undefined): string | undefined {
  if (department && !config.departments.some((d) => d.code === department)) {
    throw badRequest('no such department in this commune', [{ name: 'department', reason: 'not a department of the commune' }]);
  }
  return department;
}
