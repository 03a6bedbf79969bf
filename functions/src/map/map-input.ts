/** Checks of a staff map item beyond its shape: inside the commune, an area that does not cross itself, a known cause. */
import { geometryInside, ringSelfIntersects, type CommuneConfig, type MapItemInput } from '@tandem/shared';
import { unprocessable } from '../lib/http.js';
import { getMapItem } from './map-store.js';

export async function checkMapItem(config: CommuneConfig, input: MapItemInput, selfId?: string): Promise<void> {
  const g = input.geometry;
  if (!geometryInside(g, config.map.boundary))
    throw unprocessable('the place drawn is outside the commune', [{ name: 'geometry', reason: 'outside the commune' }]);
  if (g.type === 'Polygon' && ringSelfIntersects(g.coordinates[0])) {
    throw unprocessable('the area crosses itself', [{ name: 'geometry.coordinates', reason: 'self-intersecting polygon' }]);
  }
  if (input.causedBy) {
    if (input.causedBy === selfId || !(await getMapItem(config.id, input.causedBy))) {
      throw unprocessable('the cause is not another item of this map', [{ name: 'causedBy', reason: 'unknown item' }]);
    }
  }
}
