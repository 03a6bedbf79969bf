/**
 * The statistics' sections: each chart (BarChart, accessible SVG) above the table of its figures, with the button
 * that downloads that table as CSV (the same rows, from GET …/stats.csv).
 */
import type { ComponentChildren } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StatsTable, StatsView } from '@tandem/shared/schemas/stats';
import { tr, type MessageKey } from '../../../lib/locale';
import { Cell, ListTable } from '../list-table';
import { departmentName } from '../../Timeline';
import { formatDay, formatNumber } from '../permits/permit-format';
import BarChart from './BarChart';

type Download = (table: StatsTable) => void;

const num = (n: number | undefined, unit: 'stats.hours' | 'stats.days') =>
  n === undefined ? tr('stats.none') : tr(unit, { n: formatNumber(n) });

function Section({
  id,
  title,
  table,
  onDownload,
  busy,
  children,
}: {
  id: string;
  title: MessageKey;
  table: StatsTable;
  onDownload: Download;
  busy: boolean;
  children: ComponentChildren;
}) {
  return (
    <section class="stats-section" aria-labelledby={`${id}-heading`} data-testid={`stats-${id}`}>
      <h2 id={`${id}-heading`}>{tr(title)}</h2>
      {children}
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

export function ReportsByDay({ view, onDownload, busy }: { view: StatsView; onDownload: Download; busy: boolean }) {
  const days = view.reports.days;
  return (
    <Section id="days" title="stats.reports.title" table="days" onDownload={onDownload} busy={busy}>
      <BarChart
        id="stats-days"
        title={tr('stats.reports.title')}
        desc={tr('stats.reports.chartDesc')}
        labels={days.map((d) => d.day.slice(8))}
        labelEvery={Math.ceil(days.length / 16)}
        series={[
          { label: tr('stats.series.received'), values: days.map((d) => d.received), pattern: 'solid' },
          { label: tr('stats.series.closed'), values: days.map((d) => d.closed), pattern: 'hatched' },
        ]}
      />
      <ListTable
        class="inbox stats-table"
        testId="stats-days-table"
        caption={tr('stats.reports.caption')}
        columns={['stats.col.day', 'stats.col.received', 'stats.col.closed']}
      >
        {days.map((d) => (
          <tr key={d.day}>
            <Cell k="stats.col.day">{formatDay(d.day)}</Cell>
            <Cell k="stats.col.received">{formatNumber(d.received)}</Cell>
            <Cell k="stats.col.closed">{formatNumber(d.closed)}</Cell>
          </tr>
        ))}
      </ListTable>
    </Section>
  );
}

export function ByDepartment({
  commune,
  view,
  onDownload,
  busy,
}: {
  commune: PublicCommuneConfig;
  view: StatsView;
  onDownload: Download;
  busy: boolean;
}) {
  const rows = view.reports.departments;
  return (
    <Section id="departments" title="stats.departments.title" table="departments" onDownload={onDownload} busy={busy}>
      {rows.length > 0 && (
        <BarChart
          id="stats-departments"
          title={tr('stats.departments.title')}
          desc={tr('stats.departments.chartDesc')}
          labels={rows.map((d) => departmentName(commune, d.department))}
          series={[
            { label: tr('stats.series.received'), values: rows.map((d) => d.received), pattern: 'solid' },
            { label: tr('stats.series.closed'), values: rows.map((d) => d.closed), pattern: 'hatched' },
          ]}
        />
      )}
      <ListTable
        class="inbox stats-table"
        testId="stats-departments-table"
        caption={tr('stats.departments.caption')}
        columns={[
          'stats.col.department',
          'stats.col.received',
          'stats.col.closed',
          'stats.col.medianHours',
          'stats.col.p90Hours',
          'stats.col.overdue',
        ]}
      >
        {rows.map((d) => (
          <tr key={d.department} data-testid="stats-department-row" data-department={d.department}>
            <Cell k="stats.col.department">{departmentName(commune, d.department)}</Cell>
            <Cell k="stats.col.received">{formatNumber(d.received)}</Cell>
            <Cell k="stats.col.closed">{formatNumber(d.closed)}</Cell>
            <Cell k="stats.col.medianHours">{num(d.hoursToClose.median, 'stats.hours')}</Cell>
            <Cell k="stats.col.p90Hours">{num(d.hoursToClose.p90, 'stats.hours')}</Cell>
            <Cell k="stats.col.overdue">{formatNumber(d.overdue)}</Cell>
          </tr>
        ))}
      </ListTable>
    </Section>
  );
}

export function Permits({ view, onDownload, busy }: { view: StatsView; onDownload: Download; busy: boolean }) {
  return (
    <Section id="permits" title="stats.permits.title" table="permits" onDownload={onDownload} busy={busy}>
      <ListTable
        class="inbox stats-table"
        testId="stats-permits-table"
        caption={tr('stats.permits.caption')}
        columns={['stats.col.kind', 'stats.col.submitted', 'stats.col.decided', 'stats.col.medianDays', 'stats.col.p90Days']}
      >
        {view.permits.kinds.map((k) => (
          <tr key={k.kind}>
            <Cell k="stats.col.kind">{tr(`stats.kind.${k.kind}`)}</Cell>
            <Cell k="stats.col.submitted">{formatNumber(k.submitted)}</Cell>
            <Cell k="stats.col.decided">{formatNumber(k.decided)}</Cell>
            <Cell k="stats.col.medianDays">{num(k.daysToDecide.median, 'stats.days')}</Cell>
            <Cell k="stats.col.p90Days">{num(k.daysToDecide.p90, 'stats.days')}</Cell>
          </tr>
        ))}
      </ListTable>
    </Section>
  );
}

export function TasksByWeek({ view, onDownload, busy }: { view: StatsView; onDownload: Download; busy: boolean }) {
  const weeks = view.tasks.weeks;
  return (
    <Section id="tasks" title="stats.tasks.title" table="tasks" onDownload={onDownload} busy={busy}>
      <BarChart
        id="stats-tasks"
        title={tr('stats.tasks.title')}
        desc={tr('stats.tasks.chartDesc')}
        labels={weeks.map((w) => w.week.slice(5))}
        labelEvery={Math.ceil(weeks.length / 16)}
        series={[{ label: tr('stats.series.done'), values: weeks.map((w) => w.done), pattern: 'solid' }]}
      />
      <ListTable
        class="inbox stats-table"
        testId="stats-tasks-table"
        caption={tr('stats.tasks.caption')}
        columns={['stats.col.week', 'stats.col.done']}
      >
        {weeks.map((w) => (
          <tr key={w.week}>
            <Cell k="stats.col.week">{formatDay(w.week)}</Cell>
            <Cell k="stats.col.done">{formatNumber(w.done)}</Cell>
          </tr>
        ))}
      </ListTable>
    </Section>
  );
}
