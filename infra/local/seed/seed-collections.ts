/**
 * Imports each demo commune's invented collection calendar (demo-collections.ts) for the platform clock's year and the
 * next, then its streets' zones, through the staff API as an admin would. Idempotent: the same calendar again changes
 * nothing.
 */
import type { CommuneConfig } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { demoCollectionCsv, demoStreetZonesCsv } from './demo-collections.js';
import type { SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

export async function seedCommuneCollections(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const admin = commune.demoAccounts.find((a) => a.role === 'admin');
  const streets = demoStreetZonesCsv(commune.id);
  if (!admin || !streets) return [];
  const auth = await client.signIn(commune.id, admin.username, password);
  const year = Number(clock.today().slice(0, 4));
  for (const y of [year, year + 1]) {
    const csv = demoCollectionCsv(commune.id, y)!;
    await client.call('PUT', `/api/${commune.id}/staff/collections/calendar/${y}`, undefined, { ...auth, 'content-type': 'text/csv' }, csv);
  }
  await client.call('PUT', `/api/${commune.id}/staff/collections/streets`, undefined, { ...auth, 'content-type': 'text/csv' }, streets);
  log.info(`${commune.name} : calendrier des collectes de démonstration (${year} et ${year + 1})`);
  return [String(year)];
}
