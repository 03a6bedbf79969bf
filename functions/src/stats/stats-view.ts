/**
 * The statistics' answer from what was read, as a pure function (stats-view.unit.test.ts): the days' report tallies
 * (rolled up or live), the period's permits and closed tasks. Durations: hours from filing to closure for reports,
 * days from submission to decision for permits; median and 90th percentile as spreadsheets compute them.
 */
import {
  brusselsDate,
  daysOf,
  mondayOf,
  PERMIT_KINDS,
  summarise,
  weeksOf,
  type IsoDate,
  type StatsDayDepartment,
  type StatsDepartmentRow,
  type StatsPermitRow,
  type StatsSatisfactionRow,
  type StatsTable,
  type StatsView,
} from '@tandem/shared';
import type { FeedbackFact, PermitFact, TaskFact } from './period-reads.js';

export interface StatsInput {
  from: IsoDate;
  to: IsoDate;
  department?: string;
  /** The report tallies of each day that has them (by department). */
  days: ReadonlyMap<IsoDate, Readonly<Record<string, StatsDayDepartment>>>;
  /** Reports open past their SLA, by department: a snapshot (the latest rolled-up day of the period's, see staff-stats.ts). */
  overdue: Readonly<Record<string, number>>;
  permits: readonly PermitFact[];
  tasks: readonly TaskFact[];
  /** The reporters' ratings and reopens of the period (absent: none read). */
  feedback?: readonly FeedbackFact[];
  coverage: StatsView['coverage'];
}

const DAY_MS = 86_400_000;

export function statsView(input: StatsInput): StatsView {
  const { from, to, department } = input;
  const pick = (tally: Readonly<Record<string, StatsDayDepartment>>) =>
    Object.entries(tally).filter(([d]) => !department || d === department);

  const perDepartment = new Map<string, { received: number; closed: number; minutes: number[] }>();
  const days: StatsView['reports']['days'] = [];
  for (const day of daysOf(from, to)) {
    const tally = input.days.get(day);
    let received = 0;
    let closed = 0;
    for (const [d, t] of tally ? pick(tally) : []) {
      const acc = perDepartment.get(d) ?? { received: 0, closed: 0, minutes: [] };
      acc.received += t.received;
      acc.closed += t.closed;
      acc.minutes.push(...t.minutesToClose);
      perDepartment.set(d, acc);
      received += t.received;
      closed += t.closed;
    }
    days.push({ day, received, closed });
  }
  // Overdue is a snapshot, not a sum over the days.
  const overdueOf = (d: string) => input.overdue[d] ?? 0;
  for (const [d, n] of Object.entries(input.overdue).filter(([d]) => !department || d === department)) {
    if (n && !perDepartment.has(d)) perDepartment.set(d, { received: 0, closed: 0, minutes: [] });
  }
  const hours = (minutes: readonly number[]) => durations(minutes.map((m) => m / 60));
  const departments: StatsDepartmentRow[] = [...perDepartment.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, t]) => ({ department: d, received: t.received, closed: t.closed, hoursToClose: hours(t.minutes), overdue: overdueOf(d) }));
  const allMinutes = [...perDepartment.values()].flatMap((t) => t.minutes);

  const permits = input.permits.filter((p) => !department || p.handlingDepartment === department);
  const kinds: StatsPermitRow[] = PERMIT_KINDS.map((kind) => {
    const ofKind = permits.filter((p) => p.kind === kind);
    const decided = ofKind.filter((p) => p.decision?.at && p.submittedAt);
    const leadDays = decided.map((p) => Math.max(0, (Date.parse(p.decision!.at) - Date.parse(p.submittedAt!)) / DAY_MS));
    return { kind, submitted: ofKind.length, decided: decided.length, daysToDecide: durations(leadDays) };
  });

  const tasks = input.tasks.filter((t) => t.closedAt && (!department || t.department === department));
  const byWeek = new Map<IsoDate, number>();
  for (const t of tasks) {
    const w = mondayOf(brusselsDate(t.closedAt!));
    byWeek.set(w, (byWeek.get(w) ?? 0) + 1);
  }

  return {
    from,
    to,
    ...(department ? { department } : {}),
    reports: {
      received: departments.reduce((n, d) => n + d.received, 0),
      closed: departments.reduce((n, d) => n + d.closed, 0),
      hoursToClose: hours(allMinutes),
      overdue: departments.reduce((n, d) => n + d.overdue, 0),
      days,
      departments,
    },
    permits: { kinds },
    satisfaction: satisfactionOf(input.feedback ?? [], departments, department),
    tasks: { done: tasks.length, weeks: weeksOf(from, to).map((week) => ({ week, done: byWeek.get(week) ?? 0 })) },
    coverage: input.coverage,
  };
}

const ratio = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : undefined);

/** Ratings, share satisfied and reopens per closure, by department (the closures are the reports' rows of the period). */
function satisfactionOf(
  feedback: readonly FeedbackFact[],
  reportRows: readonly StatsDepartmentRow[],
  department: string | undefined,
): StatsView['satisfaction'] {
  const rows = new Map<string, { ratings: number; satisfied: number; reopened: number }>();
  for (const f of feedback) {
    if (department && f.department !== department) continue;
    const row = rows.get(f.department) ?? { ratings: 0, satisfied: 0, reopened: 0 };
    if (f.kind === 'rating') {
      row.ratings++;
      if (f.satisfied) row.satisfied++;
    } else row.reopened++;
    rows.set(f.department, row);
  }
  const closed = (d: string) => reportRows.find((r) => r.department === d)?.closed ?? 0;
  const departments: StatsSatisfactionRow[] = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, r]) => {
      const share = ratio(r.satisfied, r.ratings);
      const rate = ratio(r.reopened, closed(d));
      return {
        department: d,
        ...r,
        ...(share !== undefined ? { satisfiedShare: share } : {}),
        ...(rate !== undefined ? { reopenRate: rate } : {}),
      };
    });
  const sum = (k: 'ratings' | 'satisfied' | 'reopened') => departments.reduce((n, d) => n + d[k], 0);
  return { ratings: sum('ratings'), satisfied: sum('satisfied'), reopened: sum('reopened'), departments };
}

function durations(samples: readonly number[]) {
  const { median, p90 } = summarise(samples, 1);
  return { ...(median !== undefined ? { median } : {}), ...(p90 !== undefined ? { p90 } : {}) };
}

/** One table of the view as CSV rows: its header and rows (the statistics screen shows the same tables). */
export function statsTable(view: StatsView, table: StatsTable): { header: string[]; rows: (string | number | undefined)[][] } {
  switch (table) {
    case 'departments':
      return {
        header: ['department', 'received', 'closed', 'median_hours_to_close', 'p90_hours_to_close', 'overdue'],
        rows: view.reports.departments.map((d) => [
          d.department,
          d.received,
          d.closed,
          d.hoursToClose.median,
          d.hoursToClose.p90,
          d.overdue,
        ]),
      };
    case 'days':
      return { header: ['day', 'received', 'closed'], rows: view.reports.days.map((d) => [d.day, d.received, d.closed]) };
    case 'permits':
      return {
        header: ['kind', 'submitted', 'decided', 'median_days_to_decide', 'p90_days_to_decide'],
        rows: view.permits.kinds.map((k) => [k.kind, k.submitted, k.decided, k.daysToDecide.median, k.daysToDecide.p90]),
      };
    case 'tasks':
      return { header: ['week', 'done'], rows: view.tasks.weeks.map((w) => [w.week, w.done]) };
    case 'satisfaction':
      return {
        header: ['department', 'ratings', 'satisfied', 'satisfied_share', 'reopened', 'reopen_rate'],
        rows: view.satisfaction.departments.map((d) => [d.department, d.ratings, d.satisfied, d.satisfiedShare, d.reopened, d.reopenRate]),
      };
  }
}
