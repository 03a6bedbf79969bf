/**
 * Photos: presigned POST tickets for the browser, and the check done on submit (the local S3 server does
 * not enforce POST policies, and a client may lie, so size, type and magic bytes are verified here too).
 */
import {
  PRESIGN_SECONDS,
  UPLOAD_LIMITS,
  brusselsDate,
  bucketKeys,
  extensionFor,
  extensionOf,
  type PhotoType,
  type UploadPurpose,
  type UploadTicket,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { checkUpload, copyStored, presignedUploadPost, signedReadUrls } from '../lib/stored-files.js';

export async function uploadTicket(
  commune: string,
  contentType: string,
  purpose: UploadPurpose = 'photo',
  now = clock.now(),
): Promise<UploadTicket> {
  const maxBytes = UPLOAD_LIMITS[purpose].maxBytes;
  const key = bucketKeys.upload(commune, brusselsDate(now), crypto.randomUUID(), extensionOf(contentType));
  const post = await presignedUploadPost({
    Bucket: env().uploadsBucket,
    Key: key,
    Conditions: [
      ['content-length-range', 1, maxBytes],
      ['eq', '$Content-Type', contentType],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: PRESIGN_SECONDS.upload,
  });
  return { key, url: post.url, fields: post.fields, maxBytes, expiresInSeconds: PRESIGN_SECONDS.upload };
}

/**
 * Verifies each uploaded photo (exists, belongs to this commune, size, declared and real type) and copies
 * it under reports/<commune>/<code>/. Throws 413/415/422 naming photos.<i>; copies nothing if any fails.
 */
export async function adoptPhotos(commune: string, code: string, uploadKeys: string[]): Promise<string[]> {
  const checked: { key: string; type: PhotoType }[] = [];
  for (const [i, key] of uploadKeys.entries()) {
    const { type } = await checkUpload(commune, key, 'photo', `photos.${i}`);
    checked.push({ key, type: type as PhotoType });
  }
  const adopted: string[] = [];
  for (const [i, { key, type }] of checked.entries()) {
    const target = bucketKeys.reportPhoto(commune, code, i + 1, extensionFor(type));
    await copyStored(key, target, type);
    adopted.push(target);
  }
  // Originals stay until the bucket's lifecycle rule removes uploads/: a concurrent retry of the same
  // submission can still adopt them, and the idempotency record then answers with the first report.
  return adopted;
}

/** Short-lived read URLs for stored photos. */
export const photoUrls = signedReadUrls;

/** The staff view's signed URLs of the photos its timeline holds (a citizen's reopen), by key. */
export async function timelinePhotoUrls(timeline: readonly { photos?: string[] }[]): Promise<Map<string, string>> {
  const keys = timeline.flatMap((t) => t.photos ?? []);
  const urls = keys.length ? await photoUrls(keys) : [];
  return new Map(keys.map((k, i) => [k, urls[i]]));
}
