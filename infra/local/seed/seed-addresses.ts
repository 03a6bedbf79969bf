/**
 * Imports each demo commune's illustrative address register (demo-addresses.ts) through the admins' API, as a commune
 * would its BeST export. Resumable and idempotent by construction: the register's version is the hash of its points,
 * so an import run again after an interruption writes the same records, and one already current changes nothing.
 */
import type { CommuneConfig } from '@tandem/shared';
import { demoAddressCsv } from './demo-addresses.js';
import type { SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

export async function seedCommuneAddresses(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const csv = demoAddressCsv(commune.id, commune.name);
  const admin = commune.demoAccounts.find((a) => a.role === 'admin');
  if (!csv || !admin) return [];
  const auth = await client.signIn(commune.id, admin.username, password);
  const r = await client.call<{ version: string; points: number; unchanged: boolean }>(
    'PUT',
    `/api/${commune.id}/staff/addresses`,
    undefined,
    {
      ...auth,
      'content-type': 'text/csv',
    },
    csv,
  );
  log.info(`${commune.name} : registre d’adresses de démonstration (${r.points} adresses${r.unchanged ? ', déjà à jour' : ''})`);
  return [r.version];
}
