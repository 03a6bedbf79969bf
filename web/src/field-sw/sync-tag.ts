/** The Background Sync tag the page registers and the worker answers. */
export const OUTBOX_SYNC_TAG_NAME = 'field-outbox';
