/**
 * Assisted encoding at the counter (docs/counter.md): a member of the staff files a report or a permit request
 * for a citizen who came to the counter, phoned or wrote. The bodies are the citizen forms' own (the same
 * schemas), with the channel and a contact that is optional: anonymous, or at least a name, then any of e-mail,
 * phone, postal address. And the staff search of a citizen's requests by e-mail or phone.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { LOCALES } from '../commune-config.js';
import { CreateReportInput } from '../schemas/report.js';
import { EventDetails, OccupationDetails, Requester } from '../permits/permit-details.js';
import { COUNTER_CHANNELS } from './counter-mark.js';
import { PHONE_PATTERN } from './contact-key.js';

export * from './counter-mark.js';

/** A phone number as people type it (the permit form's rule). */
export const PhoneSchema = z.string().trim().regex(PHONE_PATTERN, 'numéro de téléphone non valide');

/**
 * POST /api/{commune}/staff/counter/reports: the public form's body (category, place, description, answers,
 * photos, and its optional `name` and `email`), with the channel, a phone and a postal address. A contact without a
 * name is refused (422 naming `name`): anonymous means no contact at all.
 */
export const CounterReportInput = z.intersection(
  CreateReportInput,
  z.object({
    channel: z.enum(COUNTER_CHANNELS),
    phone: PhoneSchema.optional(),
    postalAddress: plainText().trim().min(3).max(200).optional(),
  }),
);
export type CounterReportInput = z.infer<typeof CounterReportInput>;

/** The requester at the counter: the permit form's, with the e-mail optional (a name stays required). */
export const CounterRequester = Requester.extend({ email: Requester.shape.email.optional() });
export type CounterRequester = z.infer<typeof CounterRequester>;

/** POST /api/{commune}/staff/counter/permits: the permit form's body, always submitted (no draft at the counter). */
export const CounterPermitInput = z.intersection(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), details: EventDetails }),
    z.object({ kind: z.literal('occupation'), details: OccupationDetails }),
  ]),
  z.object({ requester: CounterRequester, locale: z.enum(LOCALES).default('fr'), channel: z.enum(COUNTER_CHANNELS) }),
);
export type CounterPermitInput = z.infer<typeof CounterPermitInput>;

/** What both counter routes answer: enough for the receipt. */
export const CounterFiled = z.object({
  kind: z.enum(['report', 'permit']),
  code: z.string(),
  state: z.string(),
  /** The public tracking page (the receipt's QR code). */
  trackingUrl: z.string(),
  createdAt: z.string(),
  channel: z.enum(COUNTER_CHANNELS),
  /** The agent's name, as the timeline shows it. */
  encodedBy: z.string(),
  /** An e-mail was given: its owner gets the fixed-text confirmation mail first (docs/mail-confirmation.md). */
  emailGiven: z.boolean(),
});
export type CounterFiled = z.infer<typeof CounterFiled>;

/** POST /api/{commune}/staff/counter/search: exactly one of e-mail and phone (a POST: personal data stays out of URLs and logs). */
export const CounterSearchInput = z
  .object({
    email: plainText().trim().email('adresse e-mail non valide').max(200).optional(),
    phone: PhoneSchema.optional(),
  })
  .refine((q) => Boolean(q.email) !== Boolean(q.phone), { message: 'give an e-mail address or a phone number', path: ['email'] });
export type CounterSearchInput = z.infer<typeof CounterSearchInput>;

/** One of the citizen's requests, as the counter lists them. */
export const CounterSearchHit = z.object({
  kind: z.enum(['report', 'permit']),
  code: z.string(),
  state: z.string(),
  /** The report's category code, or the permit's title. */
  title: z.string(),
  createdAt: z.string(),
  /** The given name, when any (the agent checks it is the right person). */
  name: z.string().optional(),
  /** Encoded at the counter. */
  encoded: z.boolean(),
});
export type CounterSearchHit = z.infer<typeof CounterSearchHit>;

export const CounterSearchResult = z.object({ items: z.array(CounterSearchHit) });
export type CounterSearchResult = z.infer<typeof CounterSearchResult>;
