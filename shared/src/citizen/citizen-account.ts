/**
 * What a signed-in citizen decides about their own account (docs/citizen-space.md): which mails about their requests
 * they want and in which language, a copy of their data, and the deletion of the account. Schemas of the routes, and
 * the one rule the notifiers follow for the mail preference.
 */
import * as z from 'zod';
import { LOCALES } from '../commune-config.js';
import { PersonalDataCopy } from '../privacy/privacy-api.js';
import { MAIL_CHOICES } from './mail-choices.js';

export * from './mail-choices.js';

const preferences = {
  mails: z.enum(MAIL_CHOICES).describe('`every-step`, or `essential`: only when something is expected of me, and when it ends.'),
  locale: z.enum(LOCALES).describe('The language of the mails about my requests and of my space.'),
};

/** My preferences as kept; `version` 0 while never saved (the defaults). */
export const CitizenPreferences = z.object({ ...preferences, version: z.number().int().min(0) });
export type CitizenPreferences = z.infer<typeof CitizenPreferences>;
/** Saving them: with the version read (another tab saved meanwhile: 409). */
export const CitizenPreferencesInput = z.object({
  ...preferences,
  version: z.number().int().min(0).max(1_000_000).describe('The version read (0: never saved).'),
});
export type CitizenPreferencesInput = z.infer<typeof CitizenPreferencesInput>;

/** « Une copie de mes données »: the account, and every request linked to it as the privacy copy shows one. */
export const MyDataCopy = z.object({
  commune: z.string(),
  exportedAt: z.string(),
  account: z.object({ email: z.string(), preferences: CitizenPreferences.omit({ version: true }), requests: z.number().int() }),
  requests: z.array(PersonalDataCopy),
});
export type MyDataCopy = z.infer<typeof MyDataCopy>;

/** Erasing the personal data of my requests (as a privacy request would): the word that says it is meant. */
export const EraseMyRequestsInput = z.object({
  confirm: z.literal(true).describe('Must be true: the personal data of every linked request filed with my address is erased.'),
});
export type EraseMyRequestsInput = z.infer<typeof EraseMyRequestsInput>;
export const EraseMyRequestsResult = z.object({
  /** Erased now. */
  erased: z.array(z.string()),
  /** Erased before (on request). */
  alreadyErased: z.array(z.string()),
  /** Linked but filed with another address: left as they are (the privacy page, with that address, erases them). */
  otherAddress: z.array(z.string()),
});
export type EraseMyRequestsResult = z.infer<typeof EraseMyRequestsResult>;

/** Deleting my account: done; the requests stay (the commune's records) without their link to it. */
export const AccountDeleted = z.object({ deleted: z.literal(true), unlinked: z.number().int() });
export type AccountDeleted = z.infer<typeof AccountDeleted>;
