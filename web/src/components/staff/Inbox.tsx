/** The staff inbox: filters by state, category and department; newest first; "Voir plus" follows the cursor. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ReportSummary } from '@tandem/shared/schemas/report';
import { REPORT_STATES } from '@tandem/shared/report-states';
import { coordinatesInWords } from '@tandem/shared/place-words';
import { tr, lt, formatDate, locale, stateLabel } from '../../lib/locale';
import { departmentName } from '../Timeline';
import { linkClick } from './router';
import { usePagedList } from './use-paged-list';
import { PagedListView } from './page-states';
import { FilterSelect, Filters as FilterFields, ListSection } from './list-table';

interface Filters {
  state: string;
  category: string;
  department: string;
}

/** The "Lieu" column: the address, else the point in words, else a dash (never the description). */
function placeOf(r: Pick<ReportSummary, 'address' | 'location'>): string {
  if (r.address) return r.address;
  return r.location ? tr('staff.place.near', { place: coordinatesInWords(r.location, locale.value) }) : '—';
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
  const all = tr('staff.filter.all');

  return (
    <ListSection titleId="inbox-title" title={tr('staff.inbox')}>
      <FilterFields>
        <FilterSelect
          id="filter-state"
          label={tr('staff.filter.state')}
          allLabel={all}
          value={filters.state}
          options={REPORT_STATES}
          labelOf={stateLabel}
          onValue={(v) => change('state', v)}
        />
        <FilterSelect
          id="filter-category"
          label={tr('staff.filter.category')}
          allLabel={all}
          value={filters.category}
          options={commune.categories.map((c) => c.code)}
          labelOf={(code) => lt(commune.categories.find((c) => c.code === code)?.label)}
          onValue={(v) => change('category', v)}
        />
        <FilterSelect
          id="filter-department"
          label={tr('staff.filter.department')}
          allLabel={all}
          value={filters.department}
          options={commune.departments.map((d) => d.code)}
          labelOf={(code) => lt(commune.departments.find((d) => d.code === code)?.name)}
          onValue={(v) => change('department', v)}
        />
      </FilterFields>
      <PagedListView list={list} empty={<p>{tr('staff.inbox.empty')}</p>}>
        <table class="inbox" data-testid="inbox">
          <caption class="visually-hidden">{tr('staff.inbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('track.code')}</th>
              <th scope="col">{tr('staff.filter.category')}</th>
              <th scope="col">{tr('staff.filter.state')}</th>
              <th scope="col" class="optional">
                {tr('staff.filter.department')}
              </th>
              <th scope="col" class="optional">
                {tr('track.address')}
              </th>
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
                <td class="optional" data-testid="report-place">
                  {placeOf(r)}
                </td>
                <td>
                  <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </PagedListView>
    </ListSection>
  );
}
