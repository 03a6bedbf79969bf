import { publicCommuneConfig } from '@tandem/shared';
import { apiHandler, json } from '../lib/http.js';
import { listCommunes } from './commune-store.js';

/** GET /api/communes */
export const handler = apiHandler(async () => {
  const communes = await listCommunes();
  return json(200, { communes: communes.map((c) => publicCommuneConfig(c.config)) }, { 'cache-control': 'public, max-age=300' });
});
