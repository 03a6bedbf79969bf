/** The staff inbox: filters by state, category and department; newest first; "Voir plus" follows the cursor. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ReportSummary } from '@tandem/shared/schemas/report';
import { REPORT_STATES } from '@tandem/shared/report-states';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';
import { departmentName } from '../Timeline';
import { linkClick } from './router';
import { usePagedList } from './use-paged-list';
import { PagedListView } from './page-states';

interface Filters {
  state: string;
  category: string;
  department: string;
}

function filtersFromUrl(): Filters {
  const q = new URLSearchParams(location.search);
  return { state: q.get('state') ?? '', category: q.get('category') ?? '', department: q.get('department') ?? '' };
}

export default function Inbox({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/`;
  const list = usePagedList<ReportSummary, Filters>({
    commune: commune.id,
    path: 'staff/reports',
    base,
    initial: filtersFromUrl,
    apiParams: (f) => ({ ...f }),
    urlParams: (f) => ({ ...f }),
    count: (n) => tr('staff.inbox.count', { n }),
    titleId: 'inbox-title',
    onSignedOut,
  });
  const { filters } = list;
  const change = (k: keyof Filters, v: string) => list.apply({ ...filters, [k]: v });

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
      <PagedListView list={list} empty={<p>{tr('staff.inbox.empty')}</p>}>
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
            {list.items.map((r, i) => (
              <tr key={r.code} data-code={r.code}>
                <td>
                  <a href={`${base}signalements/${r.code}/`} onClick={linkClick} ref={list.linkRef(i)}>
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
      </PagedListView>
    </section>
  );
}
