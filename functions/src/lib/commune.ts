import type { ApiEvent } from './http.js';
import { notFound, pathParam } from './http.js';
import type { CommuneRegistration } from '@tandem/shared';
import { serveCommuneById } from '../communes/commune-store.js';

/** The commune named in the path, now served by the invocation (its tenant credentials), or a 404 problem. */
export async function communeFromPath(event: ApiEvent): Promise<CommuneRegistration> {
  const id = pathParam(event, 'commune');
  const reg = await serveCommuneById(id);
  if (!reg) throw notFound(`unknown commune: ${id}`);
  return reg;
}
