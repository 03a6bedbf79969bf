import { Duration, RemovalPolicy, type Stack, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { BUCKET_FOLDERS, UPLOADS_CORS, UPLOADS_LIFECYCLE_RULES } from '@tandem/shared';

/** Receives S3 server access logs and CloudFront standard logs (CloudFront still needs ACLs to deliver). */
export function createLogsBucket(scope: Construct, id: string): Bucket {
  const bucket = new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(365) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This is the access-log bucket itself; logging it into itself would loop.',
  });
  return bucket;
}

/** What every private data bucket has: no public access, encryption, TLS only, owner-enforced, logged, kept. */
function privateBucketProps(logs: Bucket, logPrefix: string) {
  return {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    serverAccessLogsBucket: logs,
    serverAccessLogsPrefix: logPrefix,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/**
 * Private bucket for files (folders in BUCKET_FOLDERS): browsers upload with a presigned POST (hence CORS from
 * the site's origin), accepted photos and permit files are copied into their owner's folder; unused uploads expire.
 */
export function createUploadsBucket(
  scope: Construct,
  id: string,
  props: { logs: Bucket; allowedOrigins: string[]; bucketName: string },
): Bucket {
  return new Bucket(scope, id, {
    ...privateBucketProps(props.logs, 's3/uploads/'),
    bucketName: props.bucketName,
    cors: [
      {
        allowedMethods: UPLOADS_CORS.allowedMethods.map((m) => HttpMethods[m]),
        allowedHeaders: [...UPLOADS_CORS.allowedHeaders],
        exposedHeaders: [...UPLOADS_CORS.exposedHeaders],
        maxAge: UPLOADS_CORS.maxAgeSeconds,
        allowedOrigins: props.allowedOrigins,
      },
    ],
    lifecycleRules: [
      ...UPLOADS_LIFECYCLE_RULES.map((r) => ({ id: r.id, prefix: BUCKET_FOLDERS[r.folder], expiration: Duration.days(r.expireAfterDays) })),
      { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
  });
}

/**
 * The uploads bucket's name, fixed before the bucket exists: the site's Content-Security-Policy (on CloudFront)
 * names the bucket's origin while the bucket's CORS names CloudFront's, so neither may come from the other resource.
 */
export function uploadsBucketName(stack: Stack): string {
  return `${stack.stackName.toLowerCase()}-uploads-${stack.account}-${stack.region}`;
}

/** The origin browsers reach the bucket at (virtual-hosted, regional), as the SDK presigns POSTs and reads for it. */
export function uploadsBucketOrigin(stack: Stack, bucketName: string): string {
  return `https://${bucketName}.s3.${stack.region}.${stack.urlSuffix}`;
}

/** The built site (web/dist), served only through CloudFront. */
export function createSiteBucket(scope: Construct, id: string, props: { logs: Bucket }): Bucket {
  return new Bucket(scope, id, {
    ...privateBucketProps(props.logs, 's3/site/'),
  });
}
