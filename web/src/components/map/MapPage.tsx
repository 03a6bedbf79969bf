/**
 * /{commune}/carte/ (and its embed): what is closed, banned or going on, on a day or this week.
 * The controls (when, which kinds, words) drive a map and a list of the same items. The list reads the
 * whole commune for the chosen days and works without the map (no WebGL, old phone); the map, loaded on
 * demand, reads only its viewport (debounced on move) and draws one layer per kind.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapFeature, MapItemKind } from '@tandem/shared/map/map-items';
import type { Locale, PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { BBox } from '@tandem/shared/geo';
import { addDays, isoWeekday } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { initLocale, setLocale, tr, WEB_LOCALES, type MessageKey } from '../../lib/locale';
// This island speaks of the map: its messages (French now, the visitor's language on demand).
import '../../lib/messages/map';
import { communeMapOptions, useLazyMap } from '../../lib/use-lazy-map';
import { bboxParam, fetchMapItems } from './map-api';
import { readWhen, windowOf, writeWhen, type WhenChoice } from './map-dates';
import { countText, windowText } from './map-format';
import { KINDS } from './map-kinds';
import { filterItems, type SortKey, type SortState } from './map-sort';
import { KindsControl, SearchField, WhenControl } from './MapControls';
import MapList from './MapList';
import MapCard from './MapCard';
import EmbedSnippet from './EmbedSnippet';

interface Props {
  commune: PublicCommuneConfig;
  /** The embed page: no embed snippet, links leave the frame. */
  embed?: boolean;
}

type ListState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; key: string; items: MapFeature[] };

const SORT_COLUMN: Record<SortKey, MessageKey> = { start: 'map.list.col.when', street: 'map.list.col.streets', kind: 'map.list.col.kind' };

/** The coming Saturday (today when it is one): "what is closed on Saturday?". */
const nextSaturday = (today: string) => addDays(today, (6 - isoWeekday(today) + 7) % 7);

export default function MapPage({ commune, embed = false }: Props) {
  // Dates and the address are read in the browser only (the page is pre-rendered at build time).
  const [today, setToday] = useState('');
  const [choice, setChoice] = useState<WhenChoice>('today');
  const [day, setDay] = useState('');
  const [kinds, setKinds] = useState<ReadonlySet<MapItemKind>>(() => new Set(KINDS));
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'start', dir: 'asc' });
  const [sortNote, setSortNote] = useState('');
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [reload, setReload] = useState(0);
  const [viewBox, setViewBox] = useState<BBox>();
  const [viewItems, setViewItems] = useState<{ key: string; items: MapFeature[] }>();
  const [card, setCard] = useState<MapFeature[]>();
  const [drawn, setDrawn] = useState<number>();
  // On a phone and in the embed the filters fold behind a button (map.css), so that the map is in the first screen.
  const [filtersOpen, setFiltersOpen] = useState(false);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const lang = q.get('lang') as Locale | null;
    // An embed may name its language (?lang=nl): the host site knows it, the frame's storage may not.
    if (lang && WEB_LOCALES.includes(lang)) void setLocale(lang, false);
    else void initLocale();
    const w = readWhen(window.location.search);
    setToday(brusselsDate(Date.now()));
    setChoice(w.choice);
    setDay(w.day);
  }, []);

  const win = today ? windowOf(choice, day, today) : undefined;
  const winKey = win ? `${win.from}/${win.to}` : '';
  const dayInvalid = Boolean(today) && choice === 'day' && !win;

  useEffect(() => {
    if (!today) return;
    const { pathname, search: s, hash } = window.location;
    const next = writeWhen(s, choice, day);
    if (next !== s) history.replaceState(history.state, '', `${pathname}${next}${hash}`);
  }, [today, choice, day]);

  // The list: the whole commune for the chosen days.
  useEffect(() => {
    if (!win) return;
    const ctl = new AbortController();
    setList({ status: 'loading' });
    fetchMapItems(commune.id, win, undefined, ctl.signal).then(
      (items) => setList({ status: 'ready', key: winKey, items }),
      () => !ctl.signal.aborted && setList({ status: 'failed' }),
    );
    return () => ctl.abort();
  }, [winKey, reload]);

  // Words are searched once typing pauses (the count is announced once, not at every key).
  useEffect(() => {
    const t = setTimeout(() => setSearch(searchInput), 300);
    return () => clearTimeout(t);
  }, [searchInput]);

  const listItems = list.status === 'ready' && list.key === winKey ? list.items : [];
  // The map: its viewport's answer for these days; until it comes, the list's items (the same, and more).
  const mapItems = viewItems?.key === winKey ? viewItems.items : listItems;
  const listShown = useMemo(() => filterItems(listItems, kinds, search), [listItems, kinds, search]);
  const mapShown = useMemo(() => filterItems(mapItems, kinds, search, listItems), [mapItems, kinds, search, listItems]);
  const counts = useMemo(() => {
    const c: Partial<Record<MapItemKind, number>> = {};
    for (const f of listItems) c[f.properties.kind] = (c[f.properties.kind] ?? 0) + 1;
    return c;
  }, [listItems]);
  const known = useMemo(() => new Map([...listItems, ...mapItems].map((f) => [f.id, f])), [listItems, mapItems]);
  const knownRef = useRef(known);
  knownRef.current = known;

  // The map, fetched with its library only now; the page works without it.
  const {
    box: mapBox,
    view,
    state: mapState,
  } = useLazyMap(
    () => import('./items-map'),
    ({ createItemsMap }, container) =>
      createItemsMap({
        container,
        ...communeMapOptions(commune, tr('map.map.label')),
        onMove: (b) => setViewBox(b),
        onDrawn: setDrawn,
        onSelect: (ids) => {
          const found = ids.map((id) => knownRef.current.get(id)).filter((f): f is MapFeature => Boolean(f));
          if (found.length) setCard(found);
        },
      }),
  );

  // The viewport's items, once the map rests (a new move or new days cancel the previous read).
  const boxKey = viewBox?.map((v) => v.toFixed(4)).join(',') ?? '';
  useEffect(() => {
    if (!win || !viewBox) return;
    const bbox = bboxParam(viewBox, commune.map.bbox as BBox);
    if (!bbox) return setViewItems({ key: winKey, items: [] });
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      fetchMapItems(commune.id, win, bbox, ctl.signal).then(
        (items) => setViewItems({ key: winKey, items }),
        // A refused viewport (too large) or a failed read: the map keeps showing the list's items.
        () => !ctl.signal.aborted && setViewItems(undefined),
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [winKey, boxKey, reload]);

  useEffect(() => view.current?.setItems(mapShown), [mapShown, mapState]);

  const onChoice = (c: WhenChoice) => {
    setChoice(c);
    if (c === 'day' && !day && today) setDay(nextSaturday(today));
  };
  const onDay = (d: string) => {
    setDay(d);
    setChoice('day');
  };
  const onToggle = (k: MapItemKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(k);
    else next.delete(k);
    setKinds(next);
  };
  const onSort = (s: SortState) => {
    setSort(s);
    setSortNote(
      tr('map.list.sorted', {
        column: tr(SORT_COLUMN[s.key]),
        direction: tr(s.dir === 'asc' ? 'map.list.ascending' : 'map.list.descending'),
      }),
    );
  };
  const showOnMap = (f: MapFeature) => {
    setCard(undefined);
    requestAnimationFrame(() => {
      view.current?.show(f);
      mapBox.current?.scrollIntoView({ block: 'center' });
      mapBox.current?.querySelector<HTMLElement>('canvas')?.focus();
    });
  };

  /** The controls set otherwise than on arrival (today, every kind, no words): the folded filters' button says how many. */
  const activeFilters = Number(choice !== 'today') + Number(kinds.size < KINDS.length) + Number(searchInput.trim() !== '');

  const count =
    list.status === 'loading' || !win
      ? tr('map.loading')
      : list.status === 'failed'
        ? ''
        : countText(listShown.length, listItems.length, windowText(win.from, win.to));

  return (
    <div class={`map-page${embed ? ' is-embed' : ''}`} data-testid="map-page">
      <button
        type="button"
        class="button secondary map-filters-toggle"
        aria-expanded={filtersOpen ? 'true' : 'false'}
        aria-controls="map-filters"
        data-testid="map-filters-toggle"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        {tr('map.filters')}
        {activeFilters > 0 && <span> ({tr(activeFilters === 1 ? 'map.filters.one' : 'map.filters.many', { n: activeFilters })})</span>}
      </button>
      <div id="map-filters" class={`map-controls${filtersOpen ? '' : ' is-collapsed'}`} data-testid="map-filters">
        <WhenControl choice={choice} day={day} dayInvalid={dayInvalid} onChoice={onChoice} onDay={onDay} />
        <KindsControl shown={kinds} counts={counts} onToggle={onToggle} />
        <SearchField value={searchInput} onInput={setSearchInput} />
      </div>
      <p class="map-count" role="status" data-testid="map-count">
        {count}
      </p>
      <p class="visually-hidden" role="status">
        {sortNote}
      </p>

      <section class="map-section" aria-labelledby="map-map-title">
        <h2 id="map-map-title">{tr('map.map.title')}</h2>
        {/* Shown on the map's corner when focused: nothing stands between the heading and the map. */}
        <div class="items-map-wrap">
          <a href="#map-list-title" class="skip-map">
            {tr('map.map.skip')}
          </a>
          {mapState === 'failed' ? (
            <p class="notice warn" data-testid="map-failed">
              {tr('map.map.failed')}
            </p>
          ) : (
            <div
              ref={mapBox}
              class="items-map"
              data-testid="map-canvas"
              data-state={mapState}
              data-count={mapShown.length}
              data-drawn={drawn}
              aria-busy={mapState === 'loading' ? 'true' : undefined}
            />
          )}
        </div>
        {mapState === 'loading' && <p class="status">{tr('map.map.loading')}</p>}
        <p class="hint" id="map-help">
          {tr('map.map.help')}
        </p>
      </section>

      <section class="map-list-section" aria-labelledby="map-list-title" data-testid="map-list">
        <h2 id="map-list-title" tabIndex={-1}>
          {tr('map.list.title')}
        </h2>
        <p>{tr('map.list.intro')}</p>
        {list.status === 'failed' ? (
          <div class="notice error" role="alert">
            <p>{tr('map.failed')}</p>
            <button type="button" class="button secondary small" onClick={() => setReload(reload + 1)}>
              {tr('common.retry')}
            </button>
          </div>
        ) : list.status === 'loading' || !win ? (
          <p class="status">{tr('map.loading')}</p>
        ) : (
          <MapList items={listShown} sort={sort} onSort={onSort} onOpen={(f) => setCard([f])} />
        )}
      </section>

      <MapCard
        items={card}
        known={known}
        embed={embed}
        onClose={() => setCard(undefined)}
        onOpen={setCard}
        onShowOnMap={mapState === 'ready' ? showOnMap : undefined}
      />

      {!embed && <EmbedSnippet commune={commune} />}
    </div>
  );
}
