/**
 * One Brussels day of report statistics per department, from reads bounded by that day's keys:
 *   received  the reports filed that day: gsi1 (every report, by filing instant), the day's range;
 *   closed    closures that day: the personal-data erasure queue (gsi3, by closing instant) holds every closed report
 *             by the instant it last closed; a closure counts when the report came from an open state (its timeline
 *             item of that instant says `from`), so that « fixed » then « closed » counts once;
 *   overdue   open reports past their category's SLA at the end of the day (or now, for today), by the inbox's rule
 *             (shared/src/stats/overdue.ts): gsi2 (by state, by filing instant), open states only, filed before the
 *             shortest SLA's cutoff; a category without `slaDays` has no SLA and none of its reports is overdue.
 * The nightly job stores what this returns (entities/stats-day.ts); the statistics route runs it for today.
 */
import {
  dayRange,
  isClosedState,
  keys,
  OPEN_REPORT_STATES,
  parseErasureDue,
  overdueByDepartment,
  overdueCutoff,
  type CommuneConfig,
  type IsoDate,
  type ReportItem,
  type ReportState,
  type StatsDayDepartment,
  type TimelineItem,
} from '@tandem/shared';
import { queryAll, queryIndexRange } from './stats-store.js';

/** Closures whose timeline is checked in parallel. */
const CHECK_BATCH = 25;

type Tally = Record<string, StatsDayDepartment>;
const entry = (t: Tally, department: string) => {
  t[department] ??= { received: 0, closed: 0, minutesToClose: [], overdue: 0 };
  return t[department];
};

/** One day's tallies; `overdue: false` leaves out the overdue snapshot (it reads the open backlog, not the day's keys). */
export async function reportDay(config: CommuneConfig, day: IsoDate, nowMs: number, opts: { overdue?: boolean } = {}): Promise<Tally> {
  const commune = config.id;
  const range = dayRange(day);
  const tally: Tally = {};

  const received = await queryIndexRange<Pick<ReportItem, 'department'>>('gsi1', keys.reportsAll(commune), range, ['department']);
  for (const r of received) entry(tally, r.department).received++;

  type Closed = Pick<ReportItem, 'code' | 'department' | 'createdAt' | 'closedAt' | 'state' | 'gsi3sk'>;
  const queue = await queryIndexRange<Closed>('gsi3', keys.erasureDue(commune), range, [
    'code',
    'department',
    'createdAt',
    'closedAt',
    'state',
    'gsi3sk',
  ]);
  const closed = queue.filter((c) => parseErasureDue(String(c.gsi3sk))?.entity === 'REPORT' && c.closedAt && isClosedState(c.state));
  for (let i = 0; i < closed.length; i += CHECK_BATCH) {
    const batch = closed.slice(i, i + CHECK_BATCH);
    const fromOpen = await Promise.all(batch.map((c) => closedFromOpen(commune, c.code, c.closedAt!)));
    batch.forEach((c, j) => {
      if (!fromOpen[j]) return;
      const e = entry(tally, c.department);
      e.closed++;
      e.minutesToClose.push(Math.max(0, Math.round((Date.parse(c.closedAt!) - Date.parse(c.createdAt)) / 60_000)));
    });
  }

  if (opts.overdue === false) return tally;
  // Overdue at the end of the day, or now when the day is not over: the inbox's SLA flag at that instant.
  const asOf = Math.min(nowMs, Date.parse(range.end));
  const cutoff = overdueCutoff(config, asOf);
  if (!cutoff) return tally;
  const lists = await Promise.all(
    OPEN_REPORT_STATES.map(async (state) => {
      const rows = await queryIndexRange<Pick<ReportItem, 'category' | 'department' | 'createdAt'>>(
        'gsi2',
        keys.reportsByState(commune, state),
        { start: '0', end: cutoff },
        ['category', 'department', 'createdAt'],
      );
      return rows.map((r) => ({ ...r, state }));
    }),
  );
  for (const [department, n] of Object.entries(overdueByDepartment(config, lists.flat(), asOf))) entry(tally, department).overdue += n;
  return tally;
}

/** Whether the report's move at `closedAt` came from an open state (its timeline item of that very instant). */
async function closedFromOpen(commune: string, code: string, closedAt: string): Promise<boolean> {
  const items = await queryAll<Pick<TimelineItem, 'from' | 'to' | 'kind'>>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :at)',
    ExpressionAttributeValues: { ':pk': keys.reportPk(commune, code), ':at': `${keys.timelinePrefix}${closedAt}#` },
    ProjectionExpression: '#from, #to, #kind',
    ExpressionAttributeNames: { '#from': 'from', '#to': 'to', '#kind': 'kind' },
  });
  const move = items.find((t) => t.kind === 'state_changed' && t.to && isClosedState(t.to));
  // No timeline item at that instant (a report closed by another path): count it, as its state says it closed then.
  return !move?.from || !isClosedState(move.from as ReportState);
}

/** The days before today a rollup may be missing for: the job catches up on at most this many (unless told to backfill). */
export const CATCH_UP_DAYS = 31;
