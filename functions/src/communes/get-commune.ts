import { publicCommuneConfig } from '@tandem/shared';
import { apiHandler, json } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';

/** GET /api/{commune}/config: what the forms need (categories, questions, departments, branding, map). */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  return json(200, publicCommuneConfig(reg.config), { 'cache-control': 'public, max-age=300' });
});
