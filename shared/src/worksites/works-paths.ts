/** Where a published works site lives on the citizen site and in the API (the map item's `url`, mails, the poster's QR). */
export const worksListPath = (commune: string) => `/${commune}/chantiers/`;
export const worksPagePath = (commune: string, id: string) => `/${commune}/chantiers/${id}/`;
export const worksPosterPath = (commune: string, id: string) => `/api/${commune}/works/${id}/poster.pdf`;
/** The map item of a published works project: one per project. */
export const worksMapItemId = (projectId: string) => `works-${projectId}`;
/** The fragment of the page that unsubscribes (the secret never reaches a server log or a Referer header). */
export const WORKS_UNSUBSCRIBE_FRAGMENT = 'desabonner';
/** How many progress updates the map item (and so the feeds) carries, newest first. */
export const WORKS_UPDATES_ON_MAP = 5;
