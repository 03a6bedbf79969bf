/** The staff inbox: filters by state, category and department; newest first; "Voir plus" follows the cursor. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ReportSummary } from '@tandem/shared/schemas/report';
import { REPORT_STATES } from '@tandem/shared/report-states';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';
import { departmentName } from '../Timeline';
import { staffFetch, SignedOut } from './session';
import { linkClick, navigate } from './router';

interface Filters {
  state: string;
  category: string;
  department: string;
}
const PAGE_SIZE = 20;

function filtersFromUrl(): Filters {
  const q = new URLSearchParams(location.search);
  return { state: q.get('state') ?? '', category: q.get('category') ?? '', department: q.get('department') ?? '' };
}

export default function Inbox({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  const [items, setItems] = useState<ReportSummary[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const firstNew = useRef<HTMLAnchorElement>(null);
  const focusIndex = useRef<number>(-1);
  const base = `/${commune.id}/agents/`;

  const load = async (f: Filters, after?: string) => {
    setLoading(true);
    setError('');
    const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
    if (after) q.set('cursor', after);
    try {
      const page = await staffFetch<{ items: ReportSummary[]; cursor?: string }>(commune.id, `staff/reports?${q}`);
      setItems((prev) => {
        focusIndex.current = after ? prev.length : -1;
        return after ? [...prev, ...page.items] : page.items;
      });
      setCursor(page.cursor);
      setStatus(tr('staff.inbox.count', { n: page.items.length }));
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      setError(tr('report.error.network'));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    document.getElementById('inbox-title')?.focus();
    void load(filters);
  }, []);
  // After "Voir plus", move focus to the first newly loaded report.
  useEffect(() => {
    if (focusIndex.current >= 0) firstNew.current?.focus();
  }, [items]);

  const change = (k: keyof Filters, v: string) => {
    const f = { ...filters, [k]: v };
    setFilters(f);
    const q = new URLSearchParams(Object.entries(f).filter(([, x]) => x));
    const qs = q.toString();
    navigate(`${base}${qs ? `?${qs}` : ''}`, true);
    void load(f);
  };

  const categoryLabel = (code: string) => lt(commune.categories.find((c) => c.code === code)?.label) || code;

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title" tabindex={-1}>
        {tr('staff.inbox')}
      </h1>
      <fieldset class="filters">
        <legend class="visually-hidden">{tr('staff.filters')}</legend>
        <div class="field">
          <label for="filter-state">{tr('staff.filter.state')}</label>
          <select id="filter-state" value={filters.state} onChange={(e) => change('state', e.currentTarget.value)}>
            <option value="">{tr('staff.filter.all')}</option>
            {REPORT_STATES.map((s) => (
              <option value={s} key={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{tr('staff.filter.category')}</label>
          <select id="filter-category" value={filters.category} onChange={(e) => change('category', e.currentTarget.value)}>
            <option value="">{tr('staff.filter.all')}</option>
            {commune.categories.map((c) => (
              <option value={c.code} key={c.code}>
                {lt(c.label)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-department">{tr('staff.filter.department')}</label>
          <select id="filter-department" value={filters.department} onChange={(e) => change('department', e.currentTarget.value)}>
            <option value="">{tr('staff.filter.all')}</option>
            {commune.departments.map((d) => (
              <option value={d.code} key={d.code}>
                {lt(d.name)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p class="status" role="status" aria-live="polite">
        {loading ? tr('common.loading') : status}
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}{' '}
          <button type="button" class="button small secondary" onClick={() => load(filters)}>
            {tr('common.retry')}
          </button>
        </p>
      )}
      {!loading && !error && items.length === 0 && <p>{tr('staff.inbox.empty')}</p>}
      {items.length > 0 && (
        <table class="inbox" data-testid="inbox">
          <caption class="visually-hidden">{tr('staff.inbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('track.code')}</th>
              <th scope="col">{tr('staff.filter.category')}</th>
              <th scope="col">{tr('staff.filter.state')}</th>
              <th scope="col" class="optional">{tr('staff.filter.department')}</th>
              <th scope="col" class="optional">{tr('track.address')}</th>
              <th scope="col">{tr('staff.received')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r, i) => (
              <tr key={r.code} data-code={r.code}>
                <td>
                  <a href={`${base}signalements/${r.code}/`} onClick={linkClick} ref={i === focusIndex.current ? firstNew : undefined}>
                    {r.code}
                  </a>
                </td>
                <td>{categoryLabel(r.category)}</td>
                <td data-state={r.state}>{stateLabel(r.state)}</td>
                <td class="optional">{departmentName(commune, r.department)}</td>
                <td class="optional">{r.address ?? r.description.slice(0, 60)}</td>
                <td>
                  <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button type="button" class="button secondary" onClick={() => load(filters, cursor)} aria-disabled={loading ? 'true' : undefined}>
          {tr('staff.more')}
        </button>
      )}
    </section>
  );
}
