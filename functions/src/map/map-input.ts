/** Checks of a staff map item beyond its shape: inside the commune, an area that does not cross itself, a known cause, its owner. */
import { geometryInside, ringSelfIntersects, type CommuneConfig, type MapItem, type MapItemInput } from '@tandem/shared';
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

/**
 * The department that will own an item: the one named (a department of the commune that handles things, not a
 * review-only one), else the current owner, else the publisher's first department (in the commune's order).
 */
export function ownerOf(config: CommuneConfig, departments: readonly string[], named?: string, current?: MapItem): string | undefined {
  if (named) {
    const d = config.departments.find((x) => x.code === named);
    if (!d || d.reviewOnly)
      throw unprocessable('no department of the commune publishes on the map under this code', [
        { name: 'department', reason: d ? `"${named}" only reviews permits` : `no department "${named}" in ${config.id}` },
      ]);
    return named;
  }
  if (current) return current.department;
  // The commune's order, not the token's (its groups come sorted by name): the same first one the staff app offers.
  const first = config.departments.find((d) => !d.reviewOnly && departments.includes(d.code));
  if (!first) throw unprocessable('name the department that owns this item', [{ name: 'department', reason: 'required' }]);
  return first.code;
}
