/** Reads the commune registrations (infra/communes/*.json) with the shared schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommuneConfig } from '@tandem/shared';
import { COMMUNES_DIR } from '../util/paths.js';

export function loadCommuneConfigs(dir = COMMUNES_DIR): CommuneConfig[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = CommuneConfig.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.message}`);
      return parsed.data;
    });
}
