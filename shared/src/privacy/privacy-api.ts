/**
 * A person's requests about their own data (GDPR arts. 15 and 17): with the tracking code of a report or a
 * permit and the e-mail address they gave, a copy of what is kept about them, or its erasure. The views here
 * are what the API answers and what the "Mes données" page shows and downloads.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';

/** POST /api/{commune}/privacy/copy and /privacy/erasure. */
export const PrivacyRequestInput = z.object({
  code: plainText().trim().min(4).max(20),
  email: plainText().trim().email('adresse e-mail non valide').max(200),
});
export type PrivacyRequestInput = z.infer<typeof PrivacyRequestInput>;

/** Erased by the retention job or on request, and when (staff views carry it; so does the copy). */
export const PersonalDataErasedView = z.object({ at: z.string(), onRequest: z.boolean() });
export type PersonalDataErasedView = z.infer<typeof PersonalDataErasedView>;

const PublicStep = z.object({
  at: z.string(),
  kind: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  message: z.string().optional(),
});

/** The copy: the request's personal fields, the person's own words, the public timeline, the attachments' list. */
export const PersonalDataCopy = z.object({
  kind: z.enum(['report', 'permit']),
  code: z.string(),
  commune: z.string(),
  state: z.string(),
  createdAt: z.string(),
  /** Name, e-mail, phone, address, organisation: what was given, as kept. */
  personal: z.record(z.string(), z.string()),
  /** What the person wrote: the description, their answers and the messages they sent. */
  ownWords: z.array(z.object({ field: z.string(), text: z.string(), at: z.string().optional() })),
  timeline: z.array(PublicStep),
  /** Photos or joined documents: their names or count, not their content (kept by the commune). */
  attachments: z.array(z.object({ type: z.string(), name: z.string() })),
  /** How long the personal fields are kept after the request is closed. */
  retentionMonths: z.number().int(),
  exportedAt: z.string(),
});
export type PersonalDataCopy = z.infer<typeof PersonalDataCopy>;

/** The answer to an erasure: done now, or done before (a repeated request gets the same answer). */
export const ErasureResult = z.object({
  code: z.string(),
  erasedAt: z.string(),
  alreadyErased: z.boolean(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

/** The one answer for an unknown code and for a code with another e-mail: nobody learns whose a code is. */
export const PRIVACY_NOT_FOUND = 'no request with this code was made with this e-mail address';
