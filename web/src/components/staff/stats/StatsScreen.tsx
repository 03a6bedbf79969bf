/**
 * The statistics (agents and admins, /{commune}/agents/statistiques/): for the period and department chosen (kept in
 * the address), the figures at a glance, then each chart above its table with its CSV download, and the downloads of
 * the period's full lists (reports, permit requests). The figures come from GET …/staff/stats (docs/statistics.md).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StatsTable, StatsView } from '@tandem/shared/schemas/stats';
import { tr } from '../../../lib/locale';
// The statistics' messages (French now, the agent's language on demand).
import '../../../lib/messages/staff-stats';
import { navigate } from '../router';
import { SignedOut, staffFetch } from '../session';
import { ErrorNotice } from '../page-states';
import { ListSection } from '../list-table';
import { loadFailureText, problemText } from '../staff-text';
import { ApiError } from '../../../lib/api';
import { searchOf } from '../use-paged-list';
import { formatNumber } from '../permits/permit-format';
import StatsFilters, { statsFiltersFromUrl, type StatsFilterValues } from './StatsFilters';
import { ByDepartment, Permits, ReportsByDay, Satisfaction, TasksByWeek } from './StatsSections';
import { useDownload } from './use-download';
import './stats.css';

function Summary({ view }: { view: StatsView }) {
  const r = view.reports;
  const hours = (n: number | undefined) => (n === undefined ? tr('stats.none') : tr('stats.hours', { n: formatNumber(n) }));
  const figures = [
    ['received', 'stats.summary.received', formatNumber(r.received)],
    ['closed', 'stats.summary.closed', formatNumber(r.closed)],
    ['median', 'stats.summary.median', hours(r.hoursToClose.median)],
    ['p90', 'stats.summary.p90', hours(r.hoursToClose.p90)],
    ['overdue', 'stats.summary.overdue', formatNumber(r.overdue)],
  ] as const;
  return (
    <section aria-labelledby="stats-summary-heading">
      <h2 id="stats-summary-heading" class="visually-hidden">
        {tr('stats.summary')}
      </h2>
      <dl class="stats-summary" data-testid="stats-summary">
        {figures.map(([key, label, value]) => (
          <div key={key}>
            <dt>{tr(label)}</dt>
            <dd data-testid={`stats-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{tr('stats.overdueHelp')}</p>
      {view.coverage.live > 0 && <p class="hint">{tr('stats.coverage.live')}</p>}
      {view.coverage.missing > 0 && <p class="hint">{tr('stats.coverage.missing', { n: view.coverage.missing })}</p>}
    </section>
  );
}

export default function StatsScreen({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/statistiques/`;
  const [filters, setFilters] = useState<StatsFilterValues>(statsFiltersFromUrl);
  const [view, setView] = useState<StatsView>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const csv = useDownload(commune.id, onSignedOut);
  const query = searchOf({ ...filters });

  const load = async () => {
    setLoading(true);
    try {
      setView(await staffFetch<StatsView>(commune.id, `staff/stats${query}`));
      setError('');
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      setError(e instanceof ApiError && e.status === 400 ? problemText(e) : loadFailureText(e));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load();
  }, [query]);

  const apply = (f: StatsFilterValues) => {
    setFilters(f);
    navigate(`${base}${searchOf({ ...f })}`, true);
  };
  const downloadTable = (table: StatsTable) =>
    void csv.download(`staff/stats.csv${searchOf({ ...filters, table })}`, `stats-${table}-${commune.id}.csv`);
  const period = searchOf({ from: filters.from, to: filters.to });

  return (
    <ListSection titleId="stats-title" title={tr('stats.title')} testId="stats-screen" busy={loading}>
      <p>{tr('stats.intro')}</p>
      <StatsFilters commune={commune} value={filters} onApply={apply} />
      <p class="status" role="status" aria-live="polite" data-testid="stats-status">
        {loading ? tr('stats.loading') : csv.status}
      </p>
      {csv.error && <ErrorNotice message={csv.error} />}
      {error && <ErrorNotice message={error} onRetry={() => void load()} />}
      {view && (
        <>
          <Summary view={view} />
          <ReportsByDay view={view} onDownload={downloadTable} busy={csv.busy} />
          <ByDepartment commune={commune} view={view} onDownload={downloadTable} busy={csv.busy} />
          <Permits view={view} onDownload={downloadTable} busy={csv.busy} />
          <Satisfaction commune={commune} view={view} onDownload={downloadTable} busy={csv.busy} />
          <TasksByWeek view={view} onDownload={downloadTable} busy={csv.busy} />
          <section class="stats-section" aria-labelledby="stats-exports-heading">
            <h2 id="stats-exports-heading">{tr('stats.exports')}</h2>
            <p class="stats-exports">
              <button
                type="button"
                class="button secondary"
                data-testid="stats-export-reports"
                onClick={() => void csv.download(`staff/reports.csv${searchOf({ ...filters })}`, `reports-${commune.id}.csv`)}
              >
                {tr('stats.export.reports')}
              </button>
              <button
                type="button"
                class="button secondary"
                data-testid="stats-export-permit-list"
                onClick={() => void csv.download(`staff/permits.csv${period}`, `permits-${commune.id}.csv`)}
              >
                {tr('stats.export.permitList')}
              </button>
            </p>
          </section>
        </>
      )}
    </ListSection>
  );
}
