/**
 * The one-machine stand-in for the Web Push key secret: a file in the local state directory holding a random seed
 * (functions/src/notifications/push-keys.ts derives the key pair from it, as from the cloud's secret). Made on the
 * first start and kept after: browsers subscribed with its public key stay subscribed across restarts.
 *
 * A start may be killed at any moment: the file is written to a temporary file and renamed over (writeFileAtomic), so
 * it is either absent (made again at the next start) or whole. A file that does not hold a seed (edited by hand) is
 * made again too, and says so.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PushKeysFile } from '../../../functions/src/notifications/push-keys.js';
import { writeFileAtomic } from '../util/atomic-file.js';

/** Returns whether the file was made now. */
export function ensurePushKeysFile(file: string, log?: (message: string) => void): boolean {
  try {
    const held = JSON.parse(readFileSync(file, 'utf8')) as Partial<PushKeysFile>;
    if (typeof held.seed === 'string' && held.seed.length >= 32) return false;
    log?.(`${file} holds no Web Push seed: making a new one (browsers must subscribe again)`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log?.(`${file} unreadable (${(e as Error).message}): making a new one`);
  }
  const content: PushKeysFile = { seed: randomBytes(32).toString('base64url') };
  writeFileAtomic(file, `${JSON.stringify(content)}\n`);
  return true;
}
