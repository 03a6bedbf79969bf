/**
 * The items on the public map, as staff see them: filters by kind and by "en cours / à venir / terminés"
 * (kept in the address), earliest start first, each with its source; the agents' own items open in their
 * form, the permits' items read-only with the way to their permit. On a phone the rows stack.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { PUBLISHABLE_KINDS, MAP_ITEM_KINDS } from '@tandem/shared/map/map-items';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { usePagedList } from '../use-paged-list';
import { PagedListView } from '../page-states';
import { Cell, FilterSelect, Filters as FilterFields, ListSection, ListTable } from '../list-table';
import { useFocusOn } from '../use-staff-resource';
import {
  TIMINGS,
  type StaffMapItem,
  type Timing,
  itemPeriodText,
  mapKindLabel,
  sourceHref,
  sourceLabel,
  statusLabel,
  timingLabel,
  timingOf,
} from './map-item-format';
import { takeMapFlash } from './map-flash';
import { may } from '../may';
import '../permits/permits.css';
import './map-staff.css';
import '../stacked-rows.css';

interface Filters {
  kind: string;
  when: Timing | '';
}

function filtersFromUrl(): Filters {
  const q = new URLSearchParams(location.search);
  const kind = q.get('kind') ?? '';
  const when = q.get('when') ?? '';
  return {
    kind: (MAP_ITEM_KINDS as readonly string[]).includes(kind) ? kind : '',
    when: (TIMINGS as readonly string[]).includes(when) ? (when as Timing) : '',
  };
}

const params = (f: Filters) => ({ kind: f.kind, when: f.when });

/** The rows these filters show (the API may filter already; this keeps the list right either way), earliest start first. */
export function shownItems(items: StaffMapItem[], f: Filters, today: string): StaffMapItem[] {
  return items
    .filter((i) => (!f.kind || i.properties.kind === f.kind) && (!f.when || timingOf(i.properties, today) === f.when))
    .sort((a, b) => a.properties.start.localeCompare(b.properties.start) || a.properties.title.localeCompare(b.properties.title));
}

const COLUMNS = [
  'mapStaff.col.title',
  'mapStaff.col.kind',
  'mapStaff.col.streets',
  'mapStaff.col.period',
  'mapStaff.col.status',
  'mapStaff.col.source',
] as const;

export default function MapItemsList({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/carte/`;
  const [flash] = useState(takeMapFlash);
  const list = usePagedList<StaffMapItem, Filters>({
    commune: commune.id,
    path: 'staff/map/items',
    base,
    initial: filtersFromUrl,
    apiParams: params,
    urlParams: params,
    count: (n) => tr('mapStaff.list.count', { n }),
    titleId: 'map-items-title',
    onSignedOut,
  });
  const { filters, apply } = list;
  // After the list's own focus on its heading: a notice carried here (published, deleted) takes it.
  const flashRef = useFocusOn<HTMLParagraphElement>(flash);
  const today = brusselsDate(Date.now());
  const items = shownItems(list.items, filters, today);
  const filterText =
    [filters.kind ? mapKindLabel(filters.kind as StaffMapItem['properties']['kind']) : '', filters.when ? timingLabel(filters.when) : '']
      .filter(Boolean)
      .join(', ') || tr('mapStaff.filter.all');

  return (
    <ListSection titleId="map-items-title" title={tr('mapStaff.list.title')} testId="map-items" busy={list.loading}>
      {flash && (
        <p class="notice ok" role="status" tabindex={-1} ref={flashRef} data-testid="map-flash">
          {flash}
        </p>
      )}
      <p>{tr('mapStaff.list.intro')}</p>
      {may(commune, 'POST /api/{commune}/staff/map/items', 'create') && (
        <p>
          <a class="button" href={`${base}nouveau/`} onClick={linkClick} data-testid="map-item-new">
            {tr('mapStaff.list.new')}
          </a>
        </p>
      )}
      <FilterFields>
        <FilterSelect
          id="map-filter-kind"
          label={tr('mapStaff.filter.kind')}
          allLabel={tr('mapStaff.filter.all')}
          value={filters.kind}
          options={PUBLISHABLE_KINDS}
          labelOf={mapKindLabel}
          onValue={(kind) => apply({ ...filters, kind })}
        />
        <FilterSelect
          id="map-filter-when"
          label={tr('mapStaff.filter.timing')}
          allLabel={tr('mapStaff.filter.all')}
          value={filters.when}
          options={TIMINGS}
          labelOf={timingLabel}
          onValue={(when) => apply({ ...filters, when: when as Timing | '' })}
        />
      </FilterFields>
      <PagedListView
        list={{ ...list, items, status: tr('mapStaff.list.count', { n: items.length }) }}
        empty={<p data-testid="map-items-empty">{tr('mapStaff.list.empty')}</p>}
        moreTestId="map-items-more"
      >
        <ListTable
          class="inbox map-items"
          testId="map-items-table"
          caption={tr('mapStaff.list.caption', { filter: filterText })}
          columns={COLUMNS}
        >
          {items.map((item) => {
            const p = item.properties;
            const timing = timingOf(p, today);
            const permitHref = sourceHref(commune.id, p.source);
            return (
              <tr key={item.id} data-id={item.id} data-kind={p.kind} data-testid="map-item-row">
                <Cell k="mapStaff.col.title">
                  <a
                    href={`${base}${encodeURIComponent(item.id)}/`}
                    onClick={linkClick}
                    ref={list.linkRef(list.items.indexOf(item))}
                    data-testid="map-item-link"
                  >
                    {p.title}
                  </a>
                </Cell>
                <Cell k="mapStaff.col.kind">{mapKindLabel(p.kind)}</Cell>
                <Cell k="mapStaff.col.streets">{p.streets.length ? p.streets.join(', ') : tr('mapStaff.noStreets')}</Cell>
                <Cell k="mapStaff.col.period" data-testid="map-item-period">
                  {itemPeriodText(p)}
                </Cell>
                <Cell k="mapStaff.col.status" data-timing={timing}>
                  <span class={`timing timing-${timing}`}>{statusLabel(timing)}</span>
                </Cell>
                <Cell k="mapStaff.col.source" data-source={p.source.type}>
                  {permitHref ? (
                    <a href={permitHref} onClick={linkClick}>
                      {sourceLabel(p.source)}
                    </a>
                  ) : (
                    sourceLabel(p.source)
                  )}
                </Cell>
              </tr>
            );
          })}
        </ListTable>
      </PagedListView>
    </ListSection>
  );
}
