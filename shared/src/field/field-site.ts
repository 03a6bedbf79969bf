/**
 * The field app's files on the static site (docs/field-app.md), defined once: the page, its web app manifest and its
 * service worker live under `/{commune}/terrain/` (the worker's scope). Two of them need headers of their own, which
 * the local static server (infra/local/server/static-site.ts) and the CDK's site upload (infra/constructs/site-content.ts)
 * both take from SITE_FILE_HEADERS: the worker must be revalidated on every check (a stale worker would keep serving an
 * old shell for a day), and the manifest has its own media type.
 */

/** The folder of the field app under a commune's pages. */
export const FIELD_APP_DIR = 'terrain';
export const FIELD_SW_FILE = 'sw.js';
export const FIELD_MANIFEST_FILE = 'manifest.webmanifest';
/** The icons the manifest lists, generated per commune at build time: `icon-<size>.png` and `icon-maskable-<size>.png`. */
export const FIELD_ICON_SIZES = [192, 512] as const;

/** `/{commune}/terrain/`: the page, the manifest's start_url and scope, and the service worker's scope. */
export const fieldAppPath = (commune: string) => `/${commune}/${FIELD_APP_DIR}/`;

/** A site file whose answer carries its own Content-Type and Cache-Control. */
export interface SiteFileHeaders {
  /** S3 key pattern (BucketDeployment include/exclude), relative to the site's root. */
  glob: string;
  /** The same files as a regular expression on the request path. */
  pattern: string;
  contentType: string;
  cacheControl: string;
}

export const SITE_FILE_HEADERS: readonly SiteFileHeaders[] = [
  {
    glob: `*/${FIELD_APP_DIR}/${FIELD_SW_FILE}`,
    pattern: `^/[a-z][a-z0-9-]+/${FIELD_APP_DIR}/sw\\.js$`,
    contentType: 'text/javascript; charset=utf-8',
    cacheControl: 'no-cache',
  },
  {
    glob: `*/${FIELD_APP_DIR}/${FIELD_MANIFEST_FILE}`,
    pattern: `^/[a-z][a-z0-9-]+/${FIELD_APP_DIR}/manifest\\.webmanifest$`,
    contentType: 'application/manifest+json',
    cacheControl: 'no-cache',
  },
];

/** The headers a request path's file carries beyond the usual ones, if it is one of SITE_FILE_HEADERS. */
export function siteFileHeaders(path: string): SiteFileHeaders | undefined {
  return SITE_FILE_HEADERS.find((h) => new RegExp(h.pattern).test(path));
}
