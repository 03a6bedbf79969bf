/**
 * The collection reminders' unsubscribe key and the page's fragment that carries it. Their own module, without zod,
 * so that the collections page reads the fragment without loading the API's schemas (collection-api.ts re-exports them).
 */

/** The unsubscribe link's key: `<zone>.<address hash>.<secret>`. */
export const REMINDER_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{64}\.[A-Za-z0-9_-]{43}$/;
/** The fragment of the collections page that carries an unsubscribe key (`#desabonner=<key>`). */
export const REMINDER_UNSUBSCRIBE_FRAGMENT = 'desabonner';
