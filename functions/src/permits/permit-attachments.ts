/**
 * Documents joined to a request (insurance certificate, site plan): each new upload is checked (a key the
 * upload step issued for this commune, size, declared and real type) and copied under permits/<commune>/<code>/; documents already kept for this
 * request (exactly the key kept for this commune and code) stay as they are. Nothing is copied if any fails.
 */
import { bucketKeys, extensionOf, type Attachment } from '@tandem/shared';
import { checkUpload, copyStored } from '../lib/stored-files.js';
import { HttpError } from '../lib/http.js';

export async function adoptAttachments(commune: string, code: string, attachments: Attachment[]): Promise<Attachment[]> {
  const checked = await Promise.all(
    attachments.map(async (a, i) => {
      const field = `details.attachments.${i}`;
      if (bucketKeys.isPermitAttachment(commune, code, a.key)) return { a, kept: true as const };
      if (!bucketKeys.isCommuneUpload(commune, a.key))
        throw new HttpError(422, 'a joined document is not an upload of this platform', [{ name: field, reason: 'unknown upload' }]);
      const { type } = await checkUpload(commune, a.key, 'document', field);
      return { a, kept: false as const, type };
    }),
  );
  const out: Attachment[] = [];
  for (const c of checked) {
    if (c.kept) {
      out.push(c.a);
      continue;
    }
    const target = bucketKeys.permitAttachment(commune, code, crypto.randomUUID().slice(0, 8), extensionOf(c.type));
    await copyStored(c.a.key, target, c.type);
    out.push({ ...c.a, key: target });
  }
  return out;
}
