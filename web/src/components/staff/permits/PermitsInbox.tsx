/**
 * The staff permits inbox: three views (to handle, my opinions to give, all), each person opening on theirs
 * (a reviewing department on its opinions), filters by state and kind,
 * nearest deadline first as the API sends them; "Voir plus" follows the cursor. On a phone the table's
 * rows stack, each cell with its column's name. A permit filed or changed by anyone reloads the page shown
 * (live/use-live.ts, topic `permits`), and the list's status line says « Liste mise à jour ».
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitSummary } from '@tandem/shared/permits/permit-api';
import { PERMIT_STATES } from '@tandem/shared/permits/permit-states';
import { PERMIT_KINDS } from '@tandem/shared/permits/permit-details';
import { tr, type MessageKey } from '../../../lib/locale';
import { defaultPermitInboxView, PERMIT_INBOX_VIEWS, type PermitInboxView } from '@tandem/shared/permits/permit-inbox-view';
import { linkClick } from '../router';
import { session } from '../session';
import { staffGroups } from '../staff-groups';
import { paramIn, usePagedList, searchOf } from '../use-paged-list';
import { PagedListView } from '../page-states';
import { Cell, FilterSelect, Filters as FilterFields, ListSection, ListTable, ViewTabs } from '../list-table';
import { formatDay, formatPeriod, permitKindLabel, permitStateLabel } from './permit-format';
import '../../../lib/messages/notifications';
import { useDebounced, useLive } from '../live/use-live';
import './permits.css';

type View = PermitInboxView;
interface Filters {
  view: View;
  state: string;
  kind: string;
}

/** The filters in the address; without a view, the one where this person's work is (see defaultPermitInboxView). */
function filtersFromUrl(commune: PublicCommuneConfig): Filters {
  const q = new URLSearchParams(location.search);
  const own = () => defaultPermitInboxView(session.value ? staffGroups(session.value) : { roles: [], departments: [] }, commune.permits);
  return {
    view: paramIn(q, 'view', PERMIT_INBOX_VIEWS) || own(),
    state: paramIn(q, 'state', PERMIT_STATES),
    kind: paramIn(q, 'kind', PERMIT_KINDS),
  };
}

/** The address's query: the view always, so that a link opens the same tab for anyone. */
const urlParams = (f: Filters) => ({ view: f.view, state: f.state, kind: f.kind });

const COLUMNS = [
  'permitStaff.col.reference',
  'permitStaff.col.kind',
  'permitStaff.col.title',
  'permitStaff.col.place',
  'permitStaff.col.period',
  'permitStaff.col.deadline',
  'permitStaff.col.opinions',
  'permitStaff.col.state',
] as const;

export default function PermitsInbox({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/autorisations/`;
  const list = usePagedList<PermitSummary, Filters>({
    commune: commune.id,
    path: 'staff/permits',
    base,
    initial: () => filtersFromUrl(commune),
    apiParams: (f) => ({ ...f }),
    urlParams,
    count: (n) => tr('permitStaff.inbox.count', { n }),
    titleId: 'permits-inbox-title',
    onSignedOut,
  });
  // A permit filed or changed by anyone: the page shown is read again (once for a burst), and the status line says so.
  const refresh = useDebounced(() => list.refresh(tr('live.listUpdated')), 500);
  useLive(commune.id, ['permits'], refresh);
  const { filters, apply } = list;

  const tabLabel: Record<View, MessageKey> = {
    todo: 'permitStaff.view.todo',
    opinions: 'permitStaff.view.opinions',
    all: 'permitStaff.view.all',
  };
  const caption = tr('permitStaff.inbox.caption', { view: tr(tabLabel[filters.view]) });

  return (
    <ListSection titleId="permits-inbox-title" title={tr('permitStaff.inbox.title')} testId="permits-inbox" busy={list.loading}>
      <ViewTabs
        label={tr('permitStaff.views')}
        views={PERMIT_INBOX_VIEWS}
        current={filters.view}
        hrefOf={(v) => `${base}${searchOf(urlParams({ ...filters, view: v }))}`}
        labelOf={(v) => tr(tabLabel[v])}
        testIdOf={(v) => `permits-tab-${v}`}
        onOpen={(v) => apply({ ...filters, view: v })}
      />
      <FilterFields>
        <FilterSelect
          id="permit-filter-state"
          label={tr('staff.filter.state')}
          allLabel={tr('staff.filter.all')}
          value={filters.state}
          options={PERMIT_STATES}
          labelOf={permitStateLabel}
          onValue={(state) => apply({ ...filters, state })}
        />
        <FilterSelect
          id="permit-filter-kind"
          label={tr('permitStaff.filter.kind')}
          allLabel={tr('staff.filter.all')}
          value={filters.kind}
          options={PERMIT_KINDS}
          labelOf={permitKindLabel}
          onValue={(kind) => apply({ ...filters, kind })}
        />
      </FilterFields>
      <PagedListView
        list={list}
        empty={
          <p data-testid="permits-inbox-empty">
            {tr(filters.view === 'opinions' ? 'permitStaff.inbox.emptyOpinions' : 'permitStaff.inbox.empty')}
          </p>
        }
        moreTestId="permits-more"
      >
        <ListTable class="inbox permits-inbox" testId="permits-table" caption={caption} columns={COLUMNS}>
          {list.items.map((p, i) => (
            <tr key={p.code} data-code={p.code} data-testid="permit-row" class={p.overdue ? 'is-overdue' : undefined}>
              <Cell k="permitStaff.col.reference">
                <a href={`${base}${encodeURIComponent(p.code)}/`} onClick={linkClick} ref={list.linkRef(i)}>
                  {p.reference && <span class="permit-ref">{p.reference}</span>}
                  <span class="permit-code">{p.code}</span>
                </a>
              </Cell>
              <Cell k="permitStaff.col.kind">{permitKindLabel(p.kind)}</Cell>
              <Cell k="permitStaff.col.title">{p.title}</Cell>
              <Cell k="permitStaff.col.place">{p.placeLabel}</Cell>
              <Cell k="permitStaff.col.period">{formatPeriod(p.period)}</Cell>
              <Cell k="permitStaff.col.deadline" data-testid="permit-deadline">
                {p.deadline ? <time dateTime={p.deadline}>{formatDay(p.deadline)}</time> : '—'}
                {p.overdue && (
                  <>
                    {' '}
                    <span class="flag-overdue" data-testid="permit-overdue">
                      {tr('permitStaff.overdue')}
                    </span>
                  </>
                )}
              </Cell>
              <Cell k="permitStaff.col.opinions" data-testid="permit-pending-opinions">
                {p.pendingOpinions > 0
                  ? tr('permitStaff.inbox.pendingOpinions', { n: p.pendingOpinions })
                  : tr('permitStaff.inbox.noPendingOpinions')}
              </Cell>
              <Cell k="permitStaff.col.state" data-state={p.state}>
                {permitStateLabel(p.state)}
              </Cell>
            </tr>
          ))}
        </ListTable>
      </PagedListView>
    </ListSection>
  );
}
