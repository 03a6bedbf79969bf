import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CommuneConfig } from '@tandem/shared';
import { COMMUNES_DIR } from '../constructs/paths.js';

/** Reads and validates every infra/communes/*.json; the file name must be the commune id. */
export function loadCommuneConfigs(dir: string = COMMUNES_DIR): CommuneConfig[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = CommuneConfig.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
      throw new Error(`${path} is not a valid commune configuration:\n${issues}`);
    }
    if (parsed.data.id !== basename(file, '.json')) throw new Error(`${path}: id "${parsed.data.id}" must match the file name`);
    return parsed.data;
  });
}
