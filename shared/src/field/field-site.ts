/**
 * The field app's files on the static site (docs/field-app.md), defined once: the page, its web app manifest and its
 * service worker live under `/{commune}/terrain/` (the worker's scope). They are uploaded with the pages, with the
 * pages' headers, on purpose (a separate upload costs CloudFormation resources the platform stack has not got):
 * - the worker's script: browsers check it for updates past the HTTP cache (`updateViaCache` is 'imports' by default),
 *   and the pages' upload invalidates CloudFront's copy, so a new worker is seen at the next opening;
 * - the manifest is a `.json` file, whose media type every server and `aws s3 sync` give alike (browsers read a
 *   manifest whatever its media type).
 */

/** The folder of the field app under a commune's pages. */
export const FIELD_APP_DIR = 'terrain';
export const FIELD_SW_FILE = 'sw.js';
export const FIELD_MANIFEST_FILE = 'manifest.json';
/** The icons the manifest lists, generated per commune at build time: `icon-<size>.png` and `icon-maskable-<size>.png`. */
export const FIELD_ICON_SIZES = [192, 512] as const;

/** `/{commune}/terrain/`: the page, the manifest's start_url and scope, and the service worker's scope. */
export const fieldAppPath = (commune: string) => `/${commune}/${FIELD_APP_DIR}/`;

/** A task's screen inside the app (an in-app route in the address's hash: the page is one static file, kept offline). */
export const fieldTaskHash = (id: string) => `#/tache/${encodeURIComponent(id)}`;
/** A task's page in the field app, as a push's notification opens it. */
export const fieldTaskPath = (commune: string, id: string) => `${fieldAppPath(commune)}${fieldTaskHash(id)}`;
