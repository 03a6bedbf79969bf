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

/**
 * The folders of the uploads bucket, defined once: the stores build their keys with `bucketKeys`, the grants
 * (FunctionAccess.files → IAM in CDK, enforced by the local runtime) and the lifecycle rules name the folders.
 */
export const BUCKET_FOLDERS = {
  /** Browsers upload here with a presigned POST: uploads/<commune>/<day>/<uuid>.<ext>; unused uploads expire. */
  uploads: 'uploads/',
  /** Accepted report photos: reports/<commune>/<code>/<n>.<ext>. */
  reports: 'reports/',
  /** A permit's joined documents and issued PDFs: permits/<commune>/<code>/<file>. */
  permits: 'permits/',
  /** Files joined to a task or to a comment on a task or a project: tasks/<commune>/<item id>/<uuid>.<ext>. */
  tasks: 'tasks/',
  /** A published works site's progress photos: worksites/<commune>/<project id>/<uuid>.<ext>. */
  worksites: 'worksites/',
} as const;
export type BucketFolder = keyof typeof BUCKET_FOLDERS;
export const BUCKET_FOLDER_NAMES = Object.keys(BUCKET_FOLDERS) as BucketFolder[];

const permitFiles = (commune: string, code: string) => `${BUCKET_FOLDERS.permits}${commune}/${code}/`;
const PERMIT_ATTACHMENT = 'attachment-';
/** Regex sources of the parts of a key the public sends back: ids of our own making, never a dot segment. */
const COMMUNE_PART = '[a-z][a-z0-9-]{1,40}';
const CODE_PART = '[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const part = (exact: string | undefined, any: string) => (exact === undefined ? any : escapeRegExp(exact));

/** Object keys, built in one place. */
export const bucketKeys = {
  upload: (commune: string, day: string, id: string, ext: string) => `${BUCKET_FOLDERS.uploads}${commune}/${day}/${id}.${ext}`,
  /** Every upload made for a commune starts with this. */
  communeUploads: (commune: string) => `${BUCKET_FOLDERS.uploads}${commune}/`,
  isUpload: (key: string) => key.startsWith(BUCKET_FOLDERS.uploads),
  /** An upload the upload step issued for this commune: exactly the shape `upload` builds. */
  isCommuneUpload: (commune: string, key: string) => bucketKeyPatterns.upload(commune).test(key),
  reportPhoto: (commune: string, code: string, n: number, ext: string) => `${BUCKET_FOLDERS.reports}${commune}/${code}/${n}.${ext}`,
  /** The photo a reporter joins to « pas réparé » (one per fix: named by the fix's instant, epoch ms). */
  reportReopenPhoto: (commune: string, code: string, fixedMs: number, ext: string) =>
    `${BUCKET_FOLDERS.reports}${commune}/${code}/reopen-${fixedMs}.${ext}`,
  /** Where a permit keeps its files. */
  permitFiles,
  permitAttachment: (commune: string, code: string, id: string, ext: string) =>
    `${permitFiles(commune, code)}${PERMIT_ATTACHMENT}${id}.${ext}`,
  /** A document already kept for this permit (not a new upload): exactly the shape permitAttachment builds. */
  isPermitAttachment: (commune: string, code: string, key: string) => bucketKeyPatterns.permitAttachment(commune, code).test(key),
  /** A file joined to a work item (a task, or a comment on a task or a project), under the item's id. */
  workFile: (commune: string, itemId: string, id: string, ext: string) => `${BUCKET_FOLDERS.tasks}${commune}/${itemId}/${id}.${ext}`,
  /** A progress photo of a published works site. */
  worksitePhoto: (commune: string, projectId: string, id: string, ext: string) =>
    `${BUCKET_FOLDERS.worksites}${commune}/${projectId}/${id}.${ext}`,
  /** Where a task keeps its files. */
  taskFiles: (commune: string, id: string) => `${BUCKET_FOLDERS.tasks}${commune}/${id}/`,
  /** A work order's copy of its report's photo n (the same name each time: a retried copy overwrites itself). */
  taskReportPhoto: (commune: string, id: string, reportCode: string, n: number, ext: string) =>
    `${BUCKET_FOLDERS.tasks}${commune}/${id}/report-${reportCode}-${n}.${ext}`,
  /** An issued PDF (authorisation, poster), named for download. */
  permitDocument: (commune: string, code: string, fileName: string) => `${permitFiles(commune, code)}${fileName}`,
};

/**
 * The exact shapes of the keys the public may send back (an upload the upload step issued, a document already
 * kept for a permit), for any commune or for one. Anything else (`../`, another commune, another folder) is refused.
 */
export const bucketKeyPatterns = {
  upload: (commune?: string) =>
    new RegExp(
      `^${escapeRegExp(BUCKET_FOLDERS.uploads)}${part(commune, COMMUNE_PART)}/\\d{4}-\\d{2}-\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(jpg|png|webp|pdf)$`,
    ),
  permitAttachment: (commune?: string, code?: string) =>
    new RegExp(
      `^${escapeRegExp(BUCKET_FOLDERS.permits)}${part(commune, COMMUNE_PART)}/${part(code, CODE_PART)}/${PERMIT_ATTACHMENT}[0-9a-f]{8}\\.(jpg|png|pdf)$`,
    ),
};

/** The folder an object key is in, if it is one of BUCKET_FOLDERS. */
export function bucketFolderOf(key: string): BucketFolder | undefined {
  return BUCKET_FOLDER_NAMES.find((f) => key.startsWith(BUCKET_FOLDERS[f]));
}

/** Lifecycle rules of the uploads bucket: CDK deploys them; the local runtime applies them at each start (s3rver has none). */
export const UPLOADS_LIFECYCLE_RULES: readonly { id: string; folder: BucketFolder; expireAfterDays: number }[] = [
  { id: 'expire-unused-uploads', folder: 'uploads', expireAfterDays: UPLOADS_EXPIRE_UNUSED_DAYS },
];
export const PRESIGN_SECONDS = { upload: 600, read: 3600 } as const;
