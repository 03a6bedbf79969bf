/**
 * A map fetched with its library only when it is shown: the caller's dynamic import (its own chunk), the
 * map's stylesheet, then the map in the box; destroyed when the component goes or `active` turns off. A
 * failed fetch says 'failed' (the caller shows its fallback).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { BBox } from '@tandem/shared/geo';
import { tr } from './locale';

export type LazyMapState = 'idle' | 'loading' | 'ready' | 'failed';

export function useLazyMap<M extends { loadMapCss(): Promise<void> }, V extends { destroy(): void }>(
  /** The map's module, e.g. () => import('./draw-map'). */
  load: () => Promise<M>,
  /** The map, made in its box once the module and its stylesheet are there. */
  create: (mod: M, container: HTMLDivElement) => V,
  /** Whether the map is shown (it loads when this turns on). */
  active = true,
) {
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<V>();
  const [state, setState] = useState<LazyMapState>(active ? 'loading' : 'idle');

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    setState('loading');
    load()
      .then(async (mod) => {
        await mod.loadMapCss();
        if (cancelled || !box.current) return;
        view.current = create(mod, box.current);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = undefined;
    };
  }, [active]);

  return { box, view, state };
}

/** Where a commune's map opens, and its controls' names (`map` names the map itself). */
export function communeMapOptions(commune: PublicCommuneConfig, map: string) {
  return {
    bbox: commune.map.bbox as BBox,
    center: commune.map.center,
    zoom: commune.map.zoom,
    background: commune.map.background,
    labels: { map, zoomIn: tr('report.map.zoomIn'), zoomOut: tr('report.map.zoomOut'), resetBearing: tr('report.map.north') },
  };
}
