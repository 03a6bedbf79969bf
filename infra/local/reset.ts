/**
 * `npm run reset`: deletes the local data (.data/: tables, objects, pools, outbox, checkpoints), but keeps the map
 * backgrounds in .data/tiles/ (files put there by hand, often large: docs/map-backgrounds.md).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_DATA_DIR, dataPaths } from './util/paths.js';

const dir = process.env.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR;
const keep = basename(dataPaths(dir).tiles);
if (existsSync(dir)) {
  for (const name of readdirSync(dir)) if (name !== keep) rmSync(join(dir, name), { recursive: true, force: true });
  const kept = existsSync(join(dir, keep)) ? ` Les fonds de carte de ${join(dir, keep)} sont gardés.` : '';
  console.log(`Données locales effacées (${dir}).${kept} Le prochain \`npm start\` repart de zéro.`);
} else {
  console.log(`Rien à effacer (${dir} n’existe pas).`);
}
