/**
 * The citizen sign-in and the citizen space (docs/citizen-space.md): what the pages send and what the API answers.
 * The refresh token never is in a body (CITIZEN_REFRESH_COOKIE); the ID token is sent as `Authorization: Bearer`.
 */
import * as z from 'zod';
import { TRACKING_CODE_PATTERN, normaliseTrackingCode } from '../tracking-code.js';
import { CITIZEN_CODE } from './citizen-auth-transport.js';

const email = z.string().trim().toLowerCase().email().max(200).describe('The e-mail address of the account.');
const code = z
  .string()
  .trim()
  .regex(CITIZEN_CODE.pattern, 'six to eight digits')
  .describe('The code received by e-mail (six to eight digits).');
const session = z.string().min(20).max(200).describe('The handle of the sign-in begun (opaque).');

/** Step 1: an e-mail code to this address; the account is created at the first use. */
export const CitizenStartInput = z.object({ email });
export type CitizenStartInput = z.infer<typeof CitizenStartInput>;
/** The same answer for every address, with or without an account. */
export const CitizenCodeSent = z.object({ step: z.literal('code-sent'), session });
export type CitizenCodeSent = z.infer<typeof CitizenCodeSent>;

/** Step 2: the code. */
export const CitizenVerifyInput = z.object({ email, session, code });
export type CitizenVerifyInput = z.infer<typeof CitizenVerifyInput>;

/** Signed in: the ID token (the refresh token is in the cookie). */
export const CitizenSignedIn = z.object({ step: z.literal('signed-in'), idToken: z.string(), expiresIn: z.number() });
export type CitizenSignedIn = z.infer<typeof CitizenSignedIn>;
/** What a code step answers: signed in, or (rarely: an account begun and never confirmed) a new code was sent. */
export const CitizenStep = z.discriminatedUnion('step', [CitizenSignedIn, CitizenCodeSent]);
export type CitizenStep = z.infer<typeof CitizenStep>;

const trackingCode = z
  .string()
  .trim()
  .max(20)
  .transform(normaliseTrackingCode)
  .pipe(z.string().regex(TRACKING_CODE_PATTERN, 'a tracking code such as ABCD-1234'));

/** Attaching an older request: its tracking code (a code is then sent to the address it was filed with). */
export const AttachStartInput = z.object({ code: trackingCode });
export type AttachStartInput = z.infer<typeof AttachStartInput>;
/** The same answer whether or not the request was filed with the account's address. */
export const AttachCodeSent = z.object({ sent: z.literal(true), session });
export type AttachCodeSent = z.infer<typeof AttachCodeSent>;
export const AttachConfirmInput = z.object({ session, code });
export type AttachConfirmInput = z.infer<typeof AttachConfirmInput>;

/** What is expected of the citizen for a request, if anything. */
export const EXPECTED_OF_ME = ['nothing', 'complete-draft', 'complete-request', 'pay'] as const;
export type ExpectedOfMe = (typeof EXPECTED_OF_ME)[number];

/** One of my requests, as « my space » lists it. */
export const MyRequest = z.object({
  kind: z.enum(['report', 'permit']),
  code: z.string(),
  title: z.string(),
  state: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  expected: z.enum(EXPECTED_OF_ME),
  /** The page that follows it (the tracking page; a draft's form). */
  url: z.string(),
});
export type MyRequest = z.infer<typeof MyRequest>;
export const MyRequests = z.object({
  email: z.string(),
  items: z.array(MyRequest),
  /** Present when there are more: send it back as `cursor`. */
  cursor: z.string().optional(),
});
export type MyRequests = z.infer<typeof MyRequests>;
export const MyRequestsQuery = z.object({ cursor: z.string().max(1000).optional() });
export type MyRequestsQuery = z.infer<typeof MyRequestsQuery>;
