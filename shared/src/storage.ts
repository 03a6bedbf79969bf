/** Buckets, defined once (CDK and the local runtime). */
export const UPLOADS_BUCKET_BASENAME = 'tandem-uploads';
/** Browsers upload photos straight to the uploads bucket with a presigned POST. */
export const UPLOADS_CORS = {
  allowedMethods: ['GET', 'PUT', 'POST', 'HEAD'] as const,
  allowedHeaders: ['*'],
  exposedHeaders: ['ETag'],
  maxAgeSeconds: 3000,
};
/** Uploads never submitted with a report are removed after this many days. */
export const UPLOADS_EXPIRE_UNUSED_DAYS = 2;
export const PRESIGN_SECONDS = { upload: 600, read: 3600 } as const;
