/** `npm run reset`: deletes the local data (.data/: tables, objects, pools, outbox, checkpoints). */
import { existsSync, rmSync } from 'node:fs';
import { DEFAULT_DATA_DIR } from './util/paths.js';

const dir = process.env.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR;
if (existsSync(dir)) {
  rmSync(dir, { recursive: true, force: true });
  console.log(`Données locales effacées (${dir}). Le prochain \`npm start\` repart de zéro.`);
} else {
  console.log(`Rien à effacer (${dir} n’existe pas).`);
}
