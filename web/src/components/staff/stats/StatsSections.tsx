/**
 * The statistics' sections: each chart (BarChart, accessible SVG) above the table of its figures, with the button
 * that downloads that table as CSV (the same rows, from GET …/stats.csv). One section component draws them all; each
 * section says only its rows, its columns and its chart's series.
 */
import type { ComponentChildren } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StatsTable, StatsView } from '@tandem/shared/schemas/stats';
import { tr, type MessageKey } from '../../../lib/locale';
import { Cell, ListTable } from '../list-table';
import { departmentName } from '../../Timeline';
import { formatDay, formatNumber } from '../permits/permit-format';
import BarChart, { type BarSeries } from './BarChart';
import '../../../lib/messages/report-feedback';

type Download = (table: StatsTable) => void;

const num = (n: number | undefined, unit: 'stats.hours' | 'stats.days') =>
  n === undefined ? tr('stats.none') : tr(unit, { n: formatNumber(n) });

/** A column: its header (also the cell's label when rows stack) and what its cell shows for a row. */
interface Column<R> {
  k: MessageKey;
  cell(row: R): ComponentChildren;
}

interface Chart {
  desc: MessageKey;
  labels: readonly string[];
  series: readonly BarSeries[];
  labelEvery?: number;
}

/** Its figures' many groups: every n-th label only, about 16 at most (the table has them all). */
const sparse = (n: number) => Math.ceil(n / 16);

function StatsSection<R>({
  table,
  title,
  caption,
  chart,
  columns,
  rows,
  rowKey,
  rowAttrs,
  onDownload,
  busy,
}: {
  /** The CSV table; it also names the section's ids ("stats-days", "stats-days-table"). */
  table: StatsTable;
  title: MessageKey;
  caption: MessageKey;
  /** None: the table alone. */
  chart?: Chart;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey(row: R): string;
  rowAttrs?(row: R): Record<string, string>;
  onDownload: Download;
  busy: boolean;
}) {
  return (
    <section class="stats-section" aria-labelledby={`${table}-heading`} data-testid={`stats-${table}`}>
      <h2 id={`${table}-heading`}>{tr(title)}</h2>
      {chart && (
        <BarChart
          id={`stats-${table}`}
          title={tr(title)}
          desc={tr(chart.desc)}
          labels={chart.labels}
          labelEvery={chart.labelEvery}
          series={chart.series}
        />
      )}
      <ListTable class="inbox stats-table" testId={`stats-${table}-table`} caption={tr(caption)} columns={columns.map((c) => c.k)}>
        {rows.map((r) => (
          <tr key={rowKey(r)} {...rowAttrs?.(r)}>
            {columns.map((c) => (
              <Cell key={c.k} k={c.k}>
                {c.cell(r)}
              </Cell>
            ))}
          </tr>
        ))}
      </ListTable>
      <p>
        <button
          type="button"
          class="button secondary"
          data-testid={`stats-export-${table}`}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => onDownload(table)}
        >
          {tr(`stats.export.${table}`)}
        </button>
      </p>
    </section>
  );
}

/** Reports received (solid) and closed (hatched), by day or by department. */
const receivedClosed = (rows: readonly { received: number; closed: number }[]): BarSeries[] => [
  { label: tr('stats.series.received'), values: rows.map((r) => r.received), pattern: 'solid' },
  { label: tr('stats.series.closed'), values: rows.map((r) => r.closed), pattern: 'hatched' },
];

type SectionProps = { view: StatsView; onDownload: Download; busy: boolean };

export function ReportsByDay({ view, ...download }: SectionProps) {
  const days = view.reports.days;
  return (
    <StatsSection
      table="days"
      title="stats.reports.title"
      caption="stats.reports.caption"
      chart={{
        desc: 'stats.reports.chartDesc',
        labels: days.map((d) => d.day.slice(8)),
        labelEvery: sparse(days.length),
        series: receivedClosed(days),
      }}
      columns={[
        { k: 'stats.col.day', cell: (d) => formatDay(d.day) },
        { k: 'stats.col.received', cell: (d) => formatNumber(d.received) },
        { k: 'stats.col.closed', cell: (d) => formatNumber(d.closed) },
      ]}
      rows={days}
      rowKey={(d) => d.day}
      {...download}
    />
  );
}

export function ByDepartment({ commune, view, ...download }: SectionProps & { commune: PublicCommuneConfig }) {
  const rows = view.reports.departments;
  return (
    <StatsSection
      table="departments"
      title="stats.departments.title"
      caption="stats.departments.caption"
      chart={
        rows.length > 0
          ? {
              desc: 'stats.departments.chartDesc',
              labels: rows.map((d) => departmentName(commune, d.department)),
              series: receivedClosed(rows),
            }
          : undefined
      }
      columns={[
        { k: 'stats.col.department', cell: (d) => departmentName(commune, d.department) },
        { k: 'stats.col.received', cell: (d) => formatNumber(d.received) },
        { k: 'stats.col.closed', cell: (d) => formatNumber(d.closed) },
        { k: 'stats.col.medianHours', cell: (d) => num(d.hoursToClose.median, 'stats.hours') },
        { k: 'stats.col.p90Hours', cell: (d) => num(d.hoursToClose.p90, 'stats.hours') },
        { k: 'stats.col.overdue', cell: (d) => formatNumber(d.overdue) },
      ]}
      rows={rows}
      rowKey={(d) => d.department}
      rowAttrs={(d) => ({ 'data-testid': 'stats-department-row', 'data-department': d.department })}
      {...download}
    />
  );
}

export function Permits({ view, ...download }: SectionProps) {
  return (
    <StatsSection
      table="permits"
      title="stats.permits.title"
      caption="stats.permits.caption"
      columns={[
        { k: 'stats.col.kind', cell: (k) => tr(`stats.kind.${k.kind}`) },
        { k: 'stats.col.submitted', cell: (k) => formatNumber(k.submitted) },
        { k: 'stats.col.decided', cell: (k) => formatNumber(k.decided) },
        { k: 'stats.col.medianDays', cell: (k) => num(k.daysToDecide.median, 'stats.days') },
        { k: 'stats.col.p90Days', cell: (k) => num(k.daysToDecide.p90, 'stats.days') },
      ]}
      rows={view.permits.kinds}
      rowKey={(k) => k.kind}
      {...download}
    />
  );
}

export function TasksByWeek({ view, ...download }: SectionProps) {
  const weeks = view.tasks.weeks;
  return (
    <StatsSection
      table="tasks"
      title="stats.tasks.title"
      caption="stats.tasks.caption"
      chart={{
        desc: 'stats.tasks.chartDesc',
        labels: weeks.map((w) => w.week.slice(5)),
        labelEvery: sparse(weeks.length),
        series: [{ label: tr('stats.series.done'), values: weeks.map((w) => w.done), pattern: 'solid' }],
      }}
      columns={[
        { k: 'stats.col.week', cell: (w) => formatDay(w.week) },
        { k: 'stats.col.done', cell: (w) => formatNumber(w.done) },
      ]}
      rows={weeks}
      rowKey={(w) => w.week}
      {...download}
    />
  );
}

/** A share (0 to 1) as a percentage, or « — » without a base. */
const percent = (share: number | undefined) =>
  share === undefined ? tr('stats.none') : `${formatNumber(Math.round(share * 1000) / 10)} %`;

/** The reporters' answers to fixes, by department (docs/reopen-and-satisfaction.md). */
export function Satisfaction({ commune, view, ...download }: SectionProps & { commune: PublicCommuneConfig }) {
  return (
    <StatsSection
      table="satisfaction"
      title="feedbackStaff.stats.title"
      caption="feedbackStaff.stats.intro"
      columns={[
        { k: 'feedbackStaff.stats.department', cell: (d) => departmentName(commune, d.department) },
        { k: 'feedbackStaff.stats.ratings', cell: (d) => formatNumber(d.ratings) },
        { k: 'feedbackStaff.stats.satisfied', cell: (d) => formatNumber(d.satisfied) },
        { k: 'feedbackStaff.stats.share', cell: (d) => percent(d.satisfiedShare) },
        { k: 'feedbackStaff.stats.reopened', cell: (d) => formatNumber(d.reopened) },
        {
          k: 'feedbackStaff.stats.reopenRate',
          cell: (d) => (d.reopenRate === undefined ? tr('stats.none') : formatNumber(Math.round(d.reopenRate * 1000) / 10)),
        },
      ]}
      rows={view.satisfaction.departments}
      rowKey={(d) => d.department}
      rowAttrs={(d) => ({ 'data-testid': 'stats-satisfaction-row', 'data-department': d.department })}
      {...download}
    />
  );
}
