import type { ApiEvent } from './http.js';
import { notFound, pathParam } from './http.js';
import type { CommuneRegistration } from '@tandem/shared';
import { getCommune } from '../communes/commune-store.js';

/** The commune named in the path, or a 404 problem. */
export async function communeFromPath(event: ApiEvent): Promise<CommuneRegistration> {
  const id = pathParam(event, 'commune');
  const reg = await getCommune(id);
  if (!reg) throw notFound(`unknown commune: ${id}`);
  return reg;
}
