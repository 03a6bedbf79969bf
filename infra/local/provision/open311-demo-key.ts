/**
 * The local platform's Open311 API key, issued to every commune at each start so that Open311 clients can be
 * tried at once (printed by `npm start`). Local only, and no secret: in the cloud, admins issue keys through
 * POST /api/{commune}/staff/open311/keys and no key exists until they do.
 */
import type { CommuneConfig } from '@tandem/shared';
import { issueOpen311Key } from '../../../functions/src/open311/open311-keys-store.js';

export const DEMO_OPEN311_KEY = 'demo0311.tandem-local-demo-key-not-secret';

export async function issueDemoOpen311Keys(communes: readonly CommuneConfig[]): Promise<void> {
  for (const c of communes) await issueOpen311Key(c.id, 'Démonstration locale (npm start)', 'local-demo', DEMO_OPEN311_KEY);
}
