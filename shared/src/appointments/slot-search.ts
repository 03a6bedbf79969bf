/**
 * The longest range one free-slot search may cover, in days (a month and a bit, both ends included). Its own module,
 * without zod, so that the booking page can cut its searches by it without loading the API's schemas.
 */
export const SLOT_SEARCH_MAX_DAYS = 62;
