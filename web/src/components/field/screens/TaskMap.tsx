/** The task's place on a map: only on the task page, maplibre fetched then (its own chunk), never before the list. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { FieldGeometry } from '@tandem/shared/field/today-order';
import { tr } from '../../../lib/locale';
import { communeMapOptions, useLazyMap } from '../../../lib/use-lazy-map';

type Position = [number, number];

function drawnOf(g: FieldGeometry): { shape: 'Point' | 'LineString' | 'Polygon'; points: Position[] } {
  if (g.type === 'Point') return { shape: 'Point', points: [[g.coordinates[0], g.coordinates[1]]] };
  if (g.type === 'LineString') return { shape: 'LineString', points: g.coordinates.map((p) => [p[0], p[1]]) };
  return { shape: 'Polygon', points: (g.coordinates[0] ?? []).slice(0, -1).map((p) => [p[0], p[1]]) };
}

export default function TaskMap({ commune, geometry, place }: { commune: PublicCommuneConfig; geometry: FieldGeometry; place: string }) {
  const { box, state } = useLazyMap(
    () => import('../../permits/draw-map'),
    ({ createDrawMap }, container) =>
      createDrawMap({ container, ...communeMapOptions(commune, tr('field.task.map', { place })), ...drawnOf(geometry) }),
  );
  return state === 'failed' ? (
    <p class="fa-note">{tr('field.task.mapFailed')}</p>
  ) : (
    <div ref={box} class="fa-map" data-testid="field-task-map" />
  );
}
