/**
 * The list view: the same items as the map in a real table (caption, column headers, one row header per
 * item), sortable by date, street or kind with buttons in the headers (aria-sort), shown 50 rows at a
 * time: « afficher plus » adds 50, the rows shown out of how many are announced, and the keyboard lands on the
 * first row added. Each row's title is a button opening the item's card: no mouse, no sight needed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapFeature } from '@tandem/shared/map/map-items';
import { tr, type MessageKey } from '../../lib/locale';
import KindSymbol from './KindSymbol';
import { kindLabel, periodText } from './map-format';
import { KINDS } from './map-kinds';
import { sortItems, type SortKey, type SortState } from './map-sort';

const PAGE = 50;

interface Props {
  items: MapFeature[];
  sort: SortState;
  onSort(s: SortState): void;
  onOpen(f: MapFeature): void;
}

const COLUMN_KEY: Record<SortKey, MessageKey> = { kind: 'map.list.col.kind', street: 'map.list.col.streets', start: 'map.list.col.when' };

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: SortState; onSort(s: SortState): void }) {
  const active = sort.key === column;
  const label = tr(COLUMN_KEY[column]);
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button
        type="button"
        class="sort-button"
        data-testid={`map-sort-${column}`}
        onClick={() => onSort({ key: column, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span class="sort-arrow" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export default function MapList({ items, sort, onSort, onOpen }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const firstNew = useRef<number | undefined>();
  const body = useRef<HTMLTableSectionElement>(null);
  const sorted = useMemo(() => sortItems(items, sort, KINDS), [items, sort]);
  const shown = sorted.slice(0, limit);

  // New results start again from the first page.
  useEffect(() => setLimit(PAGE), [items]);
  // "Show more": the keyboard lands on the first row it added.
  useEffect(() => {
    if (firstNew.current === undefined) return;
    body.current?.querySelectorAll<HTMLButtonElement>('.row-open')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [limit]);

  if (!items.length)
    return (
      <p class="notice" data-testid="map-list-empty">
        {tr('map.list.empty')}
      </p>
    );
  const rest = sorted.length - shown.length;
  return (
    <>
      <p class="hint" id="map-sort-hint">
        {tr('map.list.sortHint')}
      </p>
      <table class="map-list" data-testid="map-table" aria-describedby="map-sort-hint">
        <caption class="visually-hidden">{tr('map.list.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="kind" sort={sort} onSort={onSort} />
            <th scope="col">{tr('map.list.col.title')}</th>
            <SortHeader column="street" sort={sort} onSort={onSort} />
            <SortHeader column="start" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.map((f) => {
            const p = f.properties;
            return (
              <tr key={f.id} data-testid="map-row" data-id={f.id} data-kind={p.kind}>
                <td>
                  <span class="cell-label">{tr('map.list.col.kind')}</span>
                  <span class="kind-cell">
                    <KindSymbol kind={p.kind} /> {kindLabel(p.kind)}
                  </span>
                </td>
                <th scope="row">
                  <button type="button" class="row-open" onClick={() => onOpen(f)}>
                    {p.title}
                  </button>
                </th>
                <td>
                  <span class="cell-label">{tr('map.list.col.streets')}</span>
                  {p.streets.length ? p.streets.join(', ') : <span aria-hidden="true">{tr('map.list.noStreet')}</span>}
                </td>
                <td>
                  <span class="cell-label">{tr('map.list.col.when')}</span>
                  {periodText(p)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {sorted.length > PAGE && (
        <p class="hint" role="status" data-testid="map-list-rows">
          {tr('map.list.rows', { shown: shown.length, total: sorted.length })}
        </p>
      )}
      {rest > 0 && (
        <button
          type="button"
          class="button secondary"
          data-testid="map-list-more"
          onClick={() => {
            firstNew.current = shown.length;
            setLimit(limit + PAGE);
          }}
        >
          {tr('map.list.more', { n: Math.min(PAGE, rest) })}
        </button>
      )}
    </>
  );
}
