/**
 * Files in the uploads bucket. checkUpload is the check done on every uploaded file before it is kept (the local S3 server does not enforce POST
 * policies, and a client may lie): its key is one the upload step issued for this commune (exact shape: no dot
 * segment, no other folder), it exists, and its size, declared type and
 * magic bytes fit the purpose's limits. Throws 413/415/422 naming the field; removes a bad upload.
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PRESIGN_SECONDS, UPLOAD_LIMITS, bucketKeys, storedContentType, type UploadPurpose } from '@tandem/shared';
import { checkLocalAccess, env, s3 } from './aws.js';
import { HttpError } from './http.js';

export async function checkUpload(
  commune: string,
  key: string,
  purpose: UploadPurpose,
  field: string,
): Promise<{ key: string; type: string; size: number }> {
  const limits = UPLOAD_LIMITS[purpose];
  const bucket = env().uploadsBucket;
  if (!bucketKeys.isCommuneUpload(commune, key))
    throw new HttpError(422, 'this file was not uploaded for this commune', [{ name: field, reason: 'unknown upload' }]);
  let head: HeadObjectCommandOutput;
  try {
    head = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch {
    throw new HttpError(422, 'a file was not found: upload it again', [{ name: field, reason: 'upload not found or expired' }]);
  }
  const size = head.ContentLength ?? 0;
  if (size > limits.maxBytes) {
    await discardUpload(key);
    throw new HttpError(413, `a file is larger than ${limits.maxBytes} bytes`, [
      { name: field, reason: `larger than ${limits.maxBytes} bytes` },
    ]);
  }
  const declared = (head.ContentType ?? '').split(';')[0].trim();
  const obj = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: 'bytes=0-15' }));
  const real = limits.sniff(await obj.Body!.transformToByteArray());
  if (!real || !limits.types.includes(declared) || real !== declared) {
    await discardUpload(key);
    throw new HttpError(415, `a file is not ${limits.what}`, [
      { name: field, reason: `content is ${real ?? 'not recognised'}, declared ${declared || 'nothing'}` },
    ]);
  }
  return { key, type: real, size };
}

export async function discardUpload(key: string): Promise<void> {
  await s3()
    .send(new DeleteObjectCommand({ Bucket: env().uploadsBucket, Key: key }))
    .catch(() => undefined);
}

/** Deletes kept files (a request's personal documents when its data is erased); a file already gone is no error. */
export async function deleteStored(keys: readonly string[]): Promise<void> {
  const bucket = env().uploadsBucket;
  await Promise.all(keys.map((Key) => s3().send(new DeleteObjectCommand({ Bucket: bucket, Key }))));
}

/** Copies a checked upload to where its owner keeps it, with the checked type (not the one the browser declared). */
export async function copyStored(from: string, to: string, contentType: string): Promise<void> {
  const bucket = env().uploadsBucket;
  await s3().send(
    new CopyObjectCommand({
      Bucket: bucket,
      Key: to,
      CopySource: `${bucket}/${from}`,
      ContentType: contentType,
      ContentDisposition: inlineDisposition(to),
      MetadataDirective: 'REPLACE',
    }),
  );
}

/** `inline; filename="<the key's last part>"`: our own name (a random id or the issued document's), never one typed. */
function inlineDisposition(key: string): string {
  return `inline; filename="${key.slice(key.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}

export async function putStored(key: string, body: Uint8Array, contentType: string, downloadName?: string): Promise<void> {
  await s3().send(
    new PutObjectCommand({
      Bucket: env().uploadsBucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      ...(downloadName ? { ContentDisposition: `inline; filename="${downloadName}"` } : {}),
    }),
  );
}

/**
 * Short-lived read URLs for stored files. The answer's type and disposition are forced in the signed URL
 * (S3 answers with them whatever the object's metadata says): a photo is always served as the image type its magic
 * bytes were checked to be, inline, so a file that is both a JPEG and an HTML page (a polyglot passes the magic-bytes
 * check) is shown by browsers as an image, never rendered as a page: browsers never sniff an image/* or
 * application/pdf answer into HTML. S3 cannot add `X-Content-Type-Options: nosniff` to a presigned answer; the API's
 * own answers carry it. Re-encoding images instead would need sharp (a native libvips build, tens of MB in every
 * bundle that adopts photos) or jimp (pure JS, seconds and hundreds of MB of memory for a 5 MB photo in Lambda),
 * for no gain over these headers.
 */
export async function signedReadUrls(keys: string[]): Promise<string[]> {
  return Promise.all(
    keys.map((Key) =>
      getSignedUrl(
        s3(),
        new GetObjectCommand({
          Bucket: env().uploadsBucket,
          Key,
          ResponseContentType: storedContentType(Key) ?? 'application/octet-stream',
          ResponseContentDisposition: storedContentType(Key) ? inlineDisposition(Key) : 'attachment',
        }),
        { expiresIn: PRESIGN_SECONDS.read },
      ),
    ),
  );
}

/**
 * A presigned POST for the browser. Signing sends no request, so the local runtime checks it here as IAM
 * checks the POST itself in the cloud (s3:PutObject on the key); in Lambda the check is a no-op.
 */
export async function presignedUploadPost(options: PresignedPostOptions) {
  const client = s3();
  await checkLocalAccess('s3', 'PutObject', { Bucket: options.Bucket, Key: options.Key }, client);
  return createPresignedPost(client, options);
}
