/**
 * The staff inbox: filters by state, category and department; newest first; "Voir plus" follows the cursor. Each
 * row says who handles the report, how urgent it is, by when, and whether it is past its category's SLA; rows can
 * be ticked for a bulk action (inbox/BulkActions.tsx). On a wide screen the listed reports are on a map beside the
 * list; on a phone the rows stack, each cell with its column's name. A change by anyone reloads the page shown
 * (live/use-live.ts), and the list's status line says « Liste mise à jour ».
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import { REPORT_STATES } from '@tandem/shared/report-states';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';
import { departmentName } from '../Timeline';
import { linkClick } from './router';
import { usePagedList } from './use-paged-list';
import { PagedListView } from './page-states';
import { Cell, FilterSelect, Filters as FilterFields, ListSection } from './list-table';
import { may } from './may';
import { placeOf } from './inbox/report-place';
import { SlaFlag } from './inbox/SlaFlag';
import { ServiceBadge } from './inbox/ServiceBadge';
import { personName, priorityLabel } from './inbox/planning-format';
import { usePeople } from './inbox/use-people';
import BulkActions from './inbox/BulkActions';
import InboxMap from './inbox/InboxMap';
import '../../lib/messages/backoffice';
import '../../lib/messages/notifications';
import { useDebounced, useLive } from './live/use-live';

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
  const list = usePagedList<StaffReportSummary, Filters>({
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
  const people = usePeople(commune.id);
  // A report filed or changed by anyone: the page shown is read again (once for a burst), and the status line says so.
  const refresh = useDebounced(() => list.refresh(tr('live.listUpdated')), 500);
  useLive(commune.id, ['reports'], refresh);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const { filters } = list;
  const change = (k: keyof Filters, v: string) => {
    setPicked(new Set());
    list.apply({ ...filters, [k]: v });
  };
  const R = 'PATCH /api/{commune}/staff/reports/{code}' as const;
  const bulk = may(commune, R, 'plan') || may(commune, R, 'assign');
  const selected = list.items.filter((r) => picked.has(r.code));
  const toggle = (code: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

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
      {bulk && (
        <BulkActions
          commune={commune}
          selected={selected}
          people={people}
          onSignedOut={onSignedOut}
          onDone={(failed) => {
            setPicked(new Set(failed));
            list.reload();
          }}
        />
      )}
      <div class="inbox-layout">
        <div class="inbox-list">
          <PagedListView list={list} empty={<p>{tr('staff.inbox.empty')}</p>}>
            <table class="inbox reports-inbox" data-testid="inbox">
              <caption class="visually-hidden">{tr('staff.inbox.caption')}</caption>
              <thead>
                <tr>
                  {bulk && (
                    <th scope="col" class="select">
                      <input
                        type="checkbox"
                        aria-label={tr('backoffice.col.selectAll')}
                        checked={list.items.length > 0 && selected.length === list.items.length}
                        onChange={(e) => setPicked(new Set(e.currentTarget.checked ? list.items.map((r) => r.code) : []))}
                      />
                    </th>
                  )}
                  <th scope="col">{tr('track.code')}</th>
                  <th scope="col">{tr('staff.filter.category')}</th>
                  <th scope="col">{tr('staff.filter.state')}</th>
                  <th scope="col">{tr('backoffice.col.priority')}</th>
                  <th scope="col">{tr('backoffice.col.assignee')}</th>
                  <th scope="col">{tr('backoffice.col.due')}</th>
                  <th scope="col">{tr('staff.filter.department')}</th>
                  <th scope="col">{tr('track.address')}</th>
                  <th scope="col">{tr('staff.received')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r, i) => (
                  <tr key={r.code} data-code={r.code} class={r.slaLate ? 'is-overdue' : undefined}>
                    {bulk && (
                      <td class="select">
                        <input
                          type="checkbox"
                          aria-label={tr('backoffice.col.select', { code: r.code })}
                          checked={picked.has(r.code)}
                          onChange={(e) => toggle(r.code, e.currentTarget.checked)}
                          data-testid="inbox-select"
                        />
                      </td>
                    )}
                    <Cell k="track.code">
                      <a href={`${base}signalements/${r.code}/`} onClick={linkClick} ref={list.linkRef(i)}>
                        {r.code}
                      </a>
                    </Cell>
                    <Cell k="staff.filter.category">
                      {categoryLabel(r.category)} <ServiceBadge commune={commune} report={r} />
                    </Cell>
                    <Cell k="staff.filter.state" data-state={r.state}>
                      {stateLabel(r.state)} <SlaFlag report={r} />
                    </Cell>
                    <Cell k="backoffice.col.priority" data-priority={r.priority ?? 'normal'}>
                      {priorityLabel(r.priority)}
                    </Cell>
                    <Cell k="backoffice.col.assignee">
                      <span data-testid="report-assignee">{personName(people, r.assignee)}</span>
                    </Cell>
                    <Cell k="backoffice.col.due">{r.dueAt ? <time dateTime={r.dueAt}>{formatDate(r.dueAt)}</time> : '—'}</Cell>
                    <Cell k="staff.filter.department">{departmentName(commune, r.department)}</Cell>
                    <Cell k="track.address">
                      <span data-testid="report-place">{placeOf(r)}</span>
                    </Cell>
                    <Cell k="staff.received">
                      <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          </PagedListView>
        </div>
        <InboxMap commune={commune} items={list.items} />
      </div>
    </ListSection>
  );
}
