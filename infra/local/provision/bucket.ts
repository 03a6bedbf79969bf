/**
 * Creates the uploads bucket in s3rver with the CORS rules of shared/src/storage.ts (idempotent), and applies
 * its lifecycle rules (s3rver has none): objects older than a rule's days in its folder are removed at each start.
 */
import {
  CreateBucketCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutBucketCorsCommand,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { BUCKET_FOLDERS, UPLOADS_CORS, UPLOADS_LIFECYCLE_RULES } from '@tandem/shared';

export async function ensureUploadsBucket(client: S3Client, bucket: string, allowedOrigins: string[]): Promise<void> {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (e) {
    const name = e instanceof S3ServiceException ? e.name : '';
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw e;
  }
  // Rewritten on every start: the site's origin (its port) may change between runs.
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: allowedOrigins,
            AllowedMethods: [...UPLOADS_CORS.allowedMethods],
            AllowedHeaders: [...UPLOADS_CORS.allowedHeaders],
            ExposeHeaders: [...UPLOADS_CORS.exposedHeaders],
            MaxAgeSeconds: UPLOADS_CORS.maxAgeSeconds,
          },
        ],
      },
    }),
  );
}

/** What S3 would have expired by `now` under UPLOADS_LIFECYCLE_RULES; returns the keys removed. */
export async function applyLifecycleRules(client: S3Client, bucket: string, now: Date): Promise<string[]> {
  const removed: string[] = [];
  for (const rule of UPLOADS_LIFECYCLE_RULES) {
    const before = now.getTime() - rule.expireAfterDays * 86_400_000;
    let ContinuationToken: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: BUCKET_FOLDERS[rule.folder], ContinuationToken }));
      const expired = (page.Contents ?? []).filter((o) => o.Key && o.LastModified && o.LastModified.getTime() < before).map((o) => o.Key!);
      if (expired.length) {
        await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: expired.map((Key) => ({ Key })), Quiet: true } }));
        removed.push(...expired);
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }
  return removed;
}
