/**
 * Photos: presigned POST tickets for the browser, and the check done on submit (the local S3 server does
 * not enforce POST policies, and a client may lie, so size, type and magic bytes are verified here too).
 */
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, PRESIGN_SECONDS, extensionFor, sniffImageType, type PhotoType, type UploadTicket } from '@tandem/shared';
import { env, s3 } from '../lib/aws.js';
import { HttpError } from '../lib/http.js';

export async function uploadTicket(commune: string, contentType: PhotoType, now = new Date()): Promise<UploadTicket> {
  const key = `uploads/${commune}/${now.toISOString().slice(0, 10)}/${crypto.randomUUID()}.${extensionFor(contentType)}`;
  const post = await createPresignedPost(s3(), {
    Bucket: env().uploadsBucket,
    Key: key,
    Conditions: [['content-length-range', 1, PHOTO_MAX_BYTES], ['eq', '$Content-Type', contentType]],
    Fields: { 'Content-Type': contentType },
    Expires: PRESIGN_SECONDS.upload,
  });
  return { key, url: post.url, fields: post.fields, maxBytes: PHOTO_MAX_BYTES, expiresInSeconds: PRESIGN_SECONDS.upload };
}

/**
 * Verifies each uploaded photo (exists, belongs to this commune, size, declared and real type) and copies
 * it under reports/<commune>/<code>/. Throws 413/415/422 naming photos.<i>; copies nothing if any fails.
 */
export async function adoptPhotos(commune: string, code: string, uploadKeys: string[]): Promise<string[]> {
  const bucket = env().uploadsBucket;
  const checked: { key: string; type: PhotoType }[] = [];
  for (const [i, key] of uploadKeys.entries()) {
    const name = `photos.${i}`;
    if (!key.startsWith(`uploads/${commune}/`)) throw new HttpError(422, 'this photo was not uploaded for this commune', [{ name, reason: 'unknown upload' }]);
    let head;
    try {
      head = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    } catch {
      throw new HttpError(422, 'a photo was not found: upload it again', [{ name, reason: 'upload not found or expired' }]);
    }
    const size = head.ContentLength ?? 0;
    if (size > PHOTO_MAX_BYTES) {
      await discard(key);
      throw new HttpError(413, `a photo is larger than ${PHOTO_MAX_BYTES} bytes`, [{ name, reason: `larger than ${PHOTO_MAX_BYTES} bytes` }]);
    }
    const declared = (head.ContentType ?? '').split(';')[0].trim();
    const obj = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: 'bytes=0-15' }));
    const headBytes = await obj.Body!.transformToByteArray();
    const real = sniffImageType(headBytes);
    if (!real || !(PHOTO_TYPES as readonly string[]).includes(declared) || real !== declared) {
      await discard(key);
      throw new HttpError(415, 'a file is not a JPEG, PNG or WebP photo', [{ name, reason: `content is ${real ?? 'not an image'}, declared ${declared || 'nothing'}` }]);
    }
    checked.push({ key, type: real });
  }
  const adopted: string[] = [];
  for (const [i, { key, type }] of checked.entries()) {
    const target = `reports/${commune}/${code}/${i + 1}.${extensionFor(type)}`;
    await s3().send(new CopyObjectCommand({ Bucket: bucket, Key: target, CopySource: `${bucket}/${key}`, ContentType: type, MetadataDirective: 'REPLACE' }));
    adopted.push(target);
  }
  // Originals stay until the bucket's lifecycle rule removes uploads/: a concurrent retry of the same
  // submission can still adopt them, and the idempotency record then answers with the first report.
  return adopted;
}

async function discard(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: env().uploadsBucket, Key: key })).catch(() => undefined);
}

/** Short-lived read URLs for stored photos. */
export async function photoUrls(stored: string[]): Promise<string[]> {
  return Promise.all(stored.map((Key) => getSignedUrl(s3(), new GetObjectCommand({ Bucket: env().uploadsBucket, Key }), { expiresIn: PRESIGN_SECONDS.read })));
}
