/**
 * A staff screen's map of shapes to open (map/shapes-map.ts, fetched with maplibre only when shown): on the commune's
 * map, named `label`, a click going to the shape's staff page. `view.current?.show(…)` draws the shapes.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { communeMapOptions, useLazyMap } from '../../../lib/use-lazy-map';
import { navigate } from '../router';
import type { ShapeLayer } from './shapes-map';

export function useShapesMap(commune: PublicCommuneConfig, label: string, layers: readonly ShapeLayer[]) {
  return useLazyMap(
    () => import('./shapes-map'),
    ({ createShapesMap }, container) =>
      createShapesMap({ container, ...communeMapOptions(commune, label), layers, onOpen: (href) => navigate(href) }),
  );
}
