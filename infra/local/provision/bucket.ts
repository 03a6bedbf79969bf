/** Creates the uploads bucket in s3rver with the CORS rules of shared/src/storage.ts (idempotent). */
import { CreateBucketCommand, PutBucketCorsCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { UPLOADS_CORS } from '@tandem/shared';

export async function ensureUploadsBucket(client: S3Client, bucket: string, allowedOrigins: string[]): Promise<void> {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (e) {
    const name = e instanceof S3ServiceException ? e.name : '';
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw e;
  }
  // Rewritten on every start: the site's origin (its port) may change between runs.
  await client.send(new PutBucketCorsCommand({
    Bucket: bucket,
    CORSConfiguration: {
      CORSRules: [{
        AllowedOrigins: allowedOrigins,
        AllowedMethods: [...UPLOADS_CORS.allowedMethods],
        AllowedHeaders: [...UPLOADS_CORS.allowedHeaders],
        ExposeHeaders: [...UPLOADS_CORS.exposedHeaders],
        MaxAgeSeconds: UPLOADS_CORS.maxAgeSeconds,
      }],
    },
  }));
}
