/** The field worker's caches, named once for the worker and the page (the page fills the photo cache, sign-out empties it). */
export const SHELL_CACHE_PREFIX = 'tandem-field-shell-';
/** Photos and map tiles seen (personal: wiped at sign-out). */
export const PHOTO_CACHE_NAME = 'tandem-field-photos';
