/**
 * Files in the uploads bucket. checkUpload is the check done on every uploaded file before it is kept (the local S3 server does not enforce POST
 * policies, and a client may lie): it exists, belongs to this commune, and its size, declared type and
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
import { PRESIGN_SECONDS, UPLOAD_LIMITS, bucketKeys, type UploadPurpose } from '@tandem/shared';
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
  if (!key.startsWith(bucketKeys.communeUploads(commune)))
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

/** Copies a checked upload to where its owner keeps it. */
export async function copyStored(from: string, to: string, contentType: string): Promise<void> {
  const bucket = env().uploadsBucket;
  await s3().send(
    new CopyObjectCommand({
      Bucket: bucket,
      Key: to,
      CopySource: `${bucket}/${from}`,
      ContentType: contentType,
      MetadataDirective: 'REPLACE',
    }),
  );
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

/** Short-lived read URLs for stored files. */
export async function signedReadUrls(keys: string[]): Promise<string[]> {
  return Promise.all(
    keys.map((Key) => getSignedUrl(s3(), new GetObjectCommand({ Bucket: env().uploadsBucket, Key }), { expiresIn: PRESIGN_SECONDS.read })),
  );
}

/**
 * A presigned POST for the browser. Signing sends no request, so the local runtime checks it here as IAM
 * checks the POST itself in the cloud (s3:PutObject on the key); in Lambda the check is a no-op.
 */
export async function presignedUploadPost(options: PresignedPostOptions) {
  checkLocalAccess('s3', 'PutObject', { Bucket: options.Bucket, Key: options.Key });
  return createPresignedPost(s3(), options);
}
