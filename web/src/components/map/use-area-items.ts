/**
 * What the map page has read: the items of an area for the chosen days. The area is the map's viewport with a
 * margin, cut to the commune (the API's viewport query, a few geohash cells), or the whole commune when there
 * is no map. A viewport still inside the area read needs no new read (zooming in, a small move); a move out of
 * it reads again once the map rests, and the previous answer stays shown until the new one comes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapFeature } from '@tandem/shared/map/map-items';
import type { BBox } from '@tandem/shared/geo';
import { bboxContains, padBBox } from '@tandem/shared/map/map-viewport';
import { clipToCommune, fetchMapItems } from './map-api';
import type { DateWindow } from './map-dates';

/** What the list follows: a viewport (the map's, or the one it will show), or the whole commune (no map). */
export type MapView = BBox | 'commune';

/** Each side of the area read is this fraction of the viewport beyond it: small moves read nothing. */
const AREA_MARGIN = 0.1;
/** A move reads once the map has rested this long. */
const MOVE_PAUSE_MS = 300;

export type AreaAnswer =
  | { status: 'loading' }
  | { status: 'failed' }
  /** `key` names this answer (days, area, retry); `area` is undefined for the whole commune. */
  | { status: 'ready'; key: string; area?: BBox; items: MapFeature[] };

/** What an answer was read for: the days, the retry, and a viewport or the whole commune (a change of either shows « loading »). */
type Basis = string;
type Held = { basis: Basis; answer: AreaAnswer };
/** A read asked for and not answered yet (waiting for the map to rest, or on its way). */
type Pending = { basis: Basis; area?: BBox; cancel(): void };

/** Whether the items of `area` (undefined: the whole commune) hold every item of `view`. */
function covers(area: BBox | undefined, view: MapView, commune: BBox): boolean {
  if (!area) return true;
  if (view === 'commune') return false;
  const inside = clipToCommune(view, commune);
  return !inside || bboxContains(area, inside);
}

export function useAreaItems(commune: { id: string; bbox: BBox }, win: DateWindow | undefined, view: MapView | undefined, reload: number) {
  const winKey = win ? `${win.from}/${win.to}` : '';
  const basis: Basis = `${winKey}|${reload}|${view === 'commune' ? 'commune' : 'viewport'}`;
  const [held, setHeld] = useState<Held>({ basis: '', answer: { status: 'loading' } });
  const heldRef = useRef(held);
  heldRef.current = held;
  const pending = useRef<Pending>();
  const viewKey = view === 'commune' ? view : (view?.map((v) => v.toFixed(5)).join(',') ?? '');

  useEffect(() => {
    if (!win || !view) return;
    const now = heldRef.current;
    const same = now.basis === basis;
    const under = pending.current;
    if (same && now.answer.status === 'ready' && covers(now.answer.area, view, commune.bbox)) {
      under?.cancel();
      pending.current = undefined;
      return;
    }
    // A read under way for these days that holds this view will do (the map reporting the viewport predicted for it).
    if (under && under.basis === basis && covers(under.area, view, commune.bbox)) return;
    under?.cancel();
    // New days (or a retry, or the whole commune) show « loading »; a move keeps the previous answer until the new one comes.
    if (!same) setHeld({ basis, answer: { status: 'loading' } });
    const area = view === 'commune' ? undefined : clipToCommune(padBBox(view, AREA_MARGIN), commune.bbox);
    const key = `${winKey}|${area?.join(',') ?? 'commune'}|${reload}`;
    if (view !== 'commune' && !area) {
      pending.current = undefined;
      setHeld({ basis, answer: { status: 'ready', key, area: view, items: [] } });
      return;
    }
    const ctl = new AbortController();
    const done = (answer: AreaAnswer) => {
      if (ctl.signal.aborted) return;
      pending.current = undefined;
      setHeld({ basis, answer });
    };
    // The first read of these days goes at once; a move waits for the map to rest.
    const timer = setTimeout(
      () =>
        fetchMapItems(commune.id, win, area, ctl.signal).then(
          (items) => done({ status: 'ready', key, area, items }),
          () => done({ status: 'failed' }),
        ),
      same && now.answer.status === 'ready' ? MOVE_PAUSE_MS : 0,
    );
    pending.current = {
      basis,
      area,
      cancel: () => {
        clearTimeout(timer);
        ctl.abort();
      },
    };
  }, [basis, viewKey]);
  useEffect(() => () => pending.current?.cancel(), []);

  const answer: AreaAnswer = held.basis === basis ? held.answer : { status: 'loading' };

  // Every item read for these days, for the cards (a detour names its cause, which may lie outside the area now read).
  const seen = useRef({ winKey: '', byId: new Map<string, MapFeature>() });
  const known = useMemo(() => {
    if (seen.current.winKey !== winKey) seen.current = { winKey, byId: new Map() };
    if (answer.status === 'ready') for (const f of answer.items) seen.current.byId.set(f.id, f);
    return new Map(seen.current.byId);
  }, [answer, winKey]);

  return { answer, known };
}
