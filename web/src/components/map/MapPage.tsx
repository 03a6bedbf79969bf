/**
 * /{commune}/carte/ (and its embed): what is closed, banned or going on, on a day or this week.
 * The controls (when, which kinds, words) drive a map and a list of the same items. Both show the map's viewport:
 * its items are read (use-area-items.ts) as soon as the page knows the map's box, from the viewport the map will
 * open on, while the map's library loads; moving the map moves the list. On a phone the page opens on that list, and
 * the map's box holds « Afficher la carte »: the map's library is fetched only then (map-opening.ts). Without a map
 * (no WebGL) the list shows the whole commune. The page says it is drawn (`data-ready`, for the bench and the tests)
 * once the list shows the first read's rows and the map, if it was started, has drawn the same items at rest.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapFeature, MapItemKind } from '@tandem/shared/map/map-items';
import type { Locale, PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { BBox } from '@tandem/shared/geo';
import { bboxesMeet, geometryBBox } from '@tandem/shared/map/map-rules';
import { viewportBBox } from '@tandem/shared/map/map-viewport';
import { addDays, isoWeekday } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { initLocale, setLocale, tr, WEB_LOCALES, type MessageKey } from '../../lib/locale';
// This island speaks of the map: its messages (French now, the visitor's language on demand).
import '../../lib/messages/map';
import { communeMapOptions, useLazyMap } from '../../lib/use-lazy-map';
import { useAreaItems, type MapView } from './use-area-items';
import { mapOpening, openedBoxSize, PHONE_QUERY, type MapOpening } from './map-opening';
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

const SORT_COLUMN: Record<SortKey, MessageKey> = { start: 'map.list.col.when', street: 'map.list.col.streets', kind: 'map.list.col.kind' };

/** The coming Saturday (today when it is one): "what is closed on Saturday?". */
const nextSaturday = (today: string) => addDays(today, (6 - isoWeekday(today) + 7) % 7);
const NONE: MapFeature[] = [];

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
  const [reload, setReload] = useState(0);
  const [view, setView] = useState<MapView>();
  const [card, setCard] = useState<MapFeature[]>();
  /** The map's last drawing at rest: how many items, and the answer they came from. */
  const [drawn, setDrawn] = useState<{ count: number; key: string }>();
  // On a phone and in the embed the filters fold behind a button (map.css), so that the map is in the first screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  // On a phone the map starts when asked for (« Afficher la carte »); the list of its area comes first.
  const [opening, setOpening] = useState<MapOpening>('auto');
  /** The visitor asked for the map: the keyboard goes to it once drawn. */
  const asked = useRef(false);
  const mapSection = useRef<HTMLElement>(null);

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
    setOpening(mapOpening(window.location.search, window.matchMedia(PHONE_QUERY).matches));
  }, []);

  const win = today ? windowOf(choice, day, today) : undefined;
  const dayInvalid = Boolean(today) && choice === 'day' && !win;

  useEffect(() => {
    if (!today) return;
    const { pathname, search: s, hash } = window.location;
    const next = writeWhen(s, choice, day);
    if (next !== s) history.replaceState(history.state, '', `${pathname}${next}${hash}`);
  }, [today, choice, day]);

  const { answer, known } = useAreaItems({ id: commune.id, bbox: commune.map.bbox as BBox }, win, view, reload);

  // Words are searched once typing pauses (the count is announced once, not at every key).
  useEffect(() => {
    const t = setTimeout(() => setSearch(searchInput), 300);
    return () => clearTimeout(t);
  }, [searchInput]);

  // The map draws the whole area read (a margin beyond its viewport); the list, the viewport only.
  const mapItems = answer.status === 'ready' ? answer.items : NONE;
  const listItems = useMemo(
    () => (view && view !== 'commune' ? mapItems.filter((f) => bboxesMeet(geometryBBox(f.geometry), view)) : mapItems),
    [mapItems, view],
  );
  const listShown = useMemo(() => filterItems(listItems, kinds, search, mapItems), [listItems, kinds, search, mapItems]);
  const mapShown = useMemo(() => filterItems(mapItems, kinds, search), [mapItems, kinds, search]);
  const counts = useMemo(() => {
    const c: Partial<Record<MapItemKind, number>> = {};
    for (const f of listItems) c[f.properties.kind] = (c[f.properties.kind] ?? 0) + 1;
    return c;
  }, [listItems]);
  const knownRef = useRef(known);
  knownRef.current = known;

  // The map, fetched with its library only now; the page works without it.
  const answerKey = answer.status === 'ready' ? answer.key : '';
  const sentKey = useRef('');
  const {
    box: mapBox,
    view: map,
    state: mapState,
  } = useLazyMap(
    () => import('./items-map'),
    ({ createItemsMap }, container) =>
      createItemsMap({
        container,
        ...communeMapOptions(commune, tr('map.map.label')),
        onMove: (b) => setView(b),
        onDrawn: (count) => setDrawn({ count, key: sentKey.current }),
        onSelect: (ids) => {
          const found = ids.map((id) => knownRef.current.get(id)).filter((f): f is MapFeature => Boolean(f));
          if (found.length) setCard(found);
        },
      }),
    opening === 'map',
  );

  // The viewport the map will open on, from its box, so that the first read need not wait for the map's library.
  useEffect(() => {
    const box = mapBox.current;
    const size = box && mapSection.current ? openedBoxSize(mapSection.current, box) : undefined;
    if (!size?.width || !size.height) return; // no box to measure: the map's own viewport will come
    setView((v) => v ?? viewportBBox(commune.map.center, commune.map.zoom, size.width, size.height));
  }, []);
  // Without a map the list shows the whole commune.
  useEffect(() => {
    if (mapState === 'failed') setView('commune');
  }, [mapState]);

  useEffect(() => {
    if (!map.current) return;
    sentKey.current = answerKey;
    map.current.setItems(mapShown);
  }, [mapShown, mapState]);
  // Asked for, the map takes the keyboard once there (the button that had it is gone).
  useEffect(() => {
    if (mapState === 'ready' && asked.current) mapBox.current?.querySelector<HTMLElement>('canvas')?.focus();
  }, [mapState]);
  const showMap = () => {
    asked.current = true;
    setOpening('map');
    document.getElementById('map-map-title')?.focus();
  };
  // Drawn: the list shows the answer's rows and the map (if any) has drawn the same answer at rest.
  // Without a map, drawn once the whole commune's answer is in (not a viewport's answer held from before the map failed);
  // on a phone before « Afficher la carte », once the list shows its area's answer.
  const listDrawn = answer.status === 'ready' && !answer.area;
  const ready =
    answer.status !== 'ready'
      ? undefined
      : opening === 'ask'
        ? 'list'
        : mapState === 'failed'
          ? listDrawn
            ? 'list'
            : undefined
          : drawn?.key === answerKey
            ? 'map'
            : undefined;

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
      map.current?.show(f);
      mapBox.current?.scrollIntoView({ block: 'center' });
      mapBox.current?.querySelector<HTMLElement>('canvas')?.focus();
    });
  };

  /** The controls set otherwise than on arrival (today, every kind, no words): the folded filters' button says how many. */
  const activeFilters = Number(choice !== 'today') + Number(kinds.size < KINDS.length) + Number(searchInput.trim() !== '');

  const count =
    answer.status === 'loading' || !win
      ? tr('map.loading')
      : answer.status === 'failed'
        ? ''
        : countText(listShown.length, listItems.length, windowText(win.from, win.to));

  return (
    <div class={`map-page${embed ? ' is-embed' : ''}`} data-testid="map-page" data-ready={ready}>
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

      <section class="map-section" aria-labelledby="map-map-title" ref={mapSection} data-open={opening}>
        <h2 id="map-map-title" tabIndex={-1}>
          {tr('map.map.title')}
        </h2>
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
              data-drawn={drawn?.count}
              aria-busy={mapState === 'loading' ? 'true' : undefined}
            >
              {opening === 'ask' && (
                <button type="button" class="button map-show" data-testid="map-show" onClick={showMap}>
                  {tr('map.map.show')}
                </button>
              )}
            </div>
          )}
        </div>
        {(mapState === 'loading' || opening === 'auto') && <p class="status">{tr('map.map.loading')}</p>}
        <p class="hint" id="map-help">
          {tr('map.map.help')}
        </p>
      </section>

      <section class="map-list-section" aria-labelledby="map-list-title" data-testid="map-list">
        <h2 id="map-list-title" tabIndex={-1}>
          {tr('map.list.title')}
        </h2>
        {/* Until the page has started, a phone's words (a wide screen's list is below its first screen then). */}
        <p>{tr(view === 'commune' ? 'map.list.introCommune' : opening === 'map' ? 'map.list.intro' : 'map.list.introAsk')}</p>
        {answer.status === 'failed' ? (
          <div class="notice error" role="alert">
            <p>{tr('map.failed')}</p>
            <button type="button" class="button secondary small" onClick={() => setReload(reload + 1)}>
              {tr('common.retry')}
            </button>
          </div>
        ) : answer.status === 'loading' || !win ? (
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
