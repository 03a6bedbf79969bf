/**
 * Files joined to a task or to a comment (photos of the work done, a plan, a PDF): each upload is checked as report
 * photos are (this commune's upload, exists, size, declared and real type) and copied under the item's folder
 * (`tasks/<commune>/<item id>/`). Nothing is copied if one fails (413/415/422 naming `<field>.<i>`).
 */
import { bucketKeys, extensionOf } from '@tandem/shared';
import { checkUpload, copyStored } from '../lib/stored-files.js';

export async function adoptWorkFiles(commune: string, itemId: string, uploads: readonly string[], field: string): Promise<string[]> {
  const checked: { type: string }[] = [];
  for (const [i, key] of uploads.entries())
    checked.push(await checkUpload(commune, key, key.endsWith('.pdf') ? 'document' : 'photo', `${field}.${i}`));
  const adopted: string[] = [];
  for (const [i, { type }] of checked.entries()) {
    const target = bucketKeys.workFile(commune, itemId, crypto.randomUUID(), extensionOf(type));
    await copyStored(uploads[i], target, type);
    adopted.push(target);
  }
  return adopted;
}
