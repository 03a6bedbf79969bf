/**
 * Works projects for the works-site tests, written with the entity builders (the projects API is built beside this
 * work): a works project of the `travaux` department in Soignies, with a place near the Grand-Place.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, newTrackingCode, projectIndexes, projectKeys, type ProjectItem } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { clock } from '../../functions/src/lib/clock.js';
import { api, auth, tinyJpeg, uploadWithTicket } from './api-client.js';

export async function newWorksProject(over: Partial<ProjectItem> = {}, commune = 'soignies'): Promise<ProjectItem> {
  const id = newTrackingCode();
  const now = clock.iso();
  const today = clock.today();
  const base = {
    ...projectKeys.project(commune, id),
    type: 'project' as const,
    commune,
    id,
    kind: 'works' as const,
    title: 'Réfection de la rue de la Station',
    description: 'Égouttage et nouveau revêtement entre la gare et la Grand-Place.',
    departments: ['travaux'],
    lead: 'sub-of-a-staff-member',
    start: addDays(today, -10),
    end: addDays(today, 60),
    status: 'active' as const,
    health: 'on-track' as const,
    place: {
      label: 'Rue de la Station, 7060 Soignies',
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [4.0705, 50.5779],
          [4.0722, 50.5791],
        ] as [number, number][],
      },
    },
    createdAt: now,
    updatedAt: now,
    createdBy: 'sub-of-a-staff-member',
    version: 1,
    ...over,
  };
  const item = { ...base, ...projectIndexes(base) } as ProjectItem;
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: JSON.parse(JSON.stringify(item)) }));
  return item;
}

/** What staff send to publish a site (phases around today). */
export function publication(version: number, over: Record<string, unknown> = {}) {
  const today = clock.today();
  return {
    version,
    why: 'Les égouts datent de 1930 et débordent à chaque orage.',
    who: 'Entreprise Dubois & fils, pour la commune et l’intercommunale',
    phases: [
      { title: 'Égouttage', start: addDays(today, -10), end: addDays(today, 20) },
      { title: 'Revêtement', start: addDays(today, 21), end: addDays(today, 60) },
    ],
    detours: 'Déviation par la rue Neuve et le boulevard Roosevelt.',
    ...over,
  };
}

export async function publish(token: string, p: ProjectItem, over: Record<string, unknown> = {}) {
  return api('POST', `/api/${p.commune}/staff/projects/${p.id}/publication`, { headers: auth(token), body: publication(p.version, over) });
}

/** A photo uploaded as the staff app does: ticket, then the presigned POST. */
export async function uploadPhoto(commune = 'soignies'): Promise<string> {
  const bytes = tinyJpeg(4096);
  const t = await api('POST', `/api/${commune}/uploads`, { body: { contentType: 'image/jpeg', size: bytes.length } });
  if (t.status !== 201) throw new Error(`upload ticket: ${t.status}`);
  const status = await uploadWithTicket(t.body, bytes, 'image/jpeg');
  if (status >= 300) throw new Error(`upload: ${status}`);
  return t.body.key;
}
