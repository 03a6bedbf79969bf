/**
 * The citizen space (docs/citizen-space.md): which requests belong to an account, and the short-lived records of a
 * sign-in or an attachment waiting for its e-mail code.
 *
 * « My requests » are read by key, newest first: one small item per request in the account's own partition,
 * written in the request's own transaction when it is filed signed in, or later when an older request is attached
 * (idempotent: the same key). The account is Cognito's `sub` of the commune's citizen pool.
 */
import { communePrefix } from './key-parts.js';

export const CITIZEN_REQUEST_SK_PREFIX = 'REQ#';
export const CITIZEN_SIGN_IN_SK_PREFIX = 'CITIZENCODE#';
export const CITIZEN_ATTACH_SK_PREFIX = 'ATTACHCODE#';

/** The account's partition: one item per request, sorted by the request's creation instant (UTC ISO). */
const citizenRequests = (commune: string, sub: string) => `${communePrefix(commune)}CITIZEN#${sub}`;

export const citizenKeys = {
  citizenRequests,
  citizenRequest: (commune: string, sub: string, createdAt: string, code: string) => ({
    pk: citizenRequests(commune, sub),
    sk: `${CITIZEN_REQUEST_SK_PREFIX}${createdAt}#${code}`,
  }),
  /** A sign-in waiting for its code; the key holds the SHA-256 of the handle the browser got. */
  citizenSignIn: (commune: string, handleHash: string) => ({
    pk: `${communePrefix(commune)}SIGNIN`,
    sk: `${CITIZEN_SIGN_IN_SK_PREFIX}${handleHash}`,
  }),
  /** An attachment waiting for its code (same partition, another prefix). */
  citizenAttach: (commune: string, handleHash: string) => ({
    pk: `${communePrefix(commune)}SIGNIN`,
    sk: `${CITIZEN_ATTACH_SK_PREFIX}${handleHash}`,
  }),
};

export type CitizenRequestKind = 'report' | 'permit';

/** « This request is mine »: the account's index entry of a report or a permit request. */
export interface CitizenRequestItem {
  pk: string;
  sk: string;
  type: 'citizen-request';
  kind: CitizenRequestKind;
  code: string;
  createdAt: string;
  /** How it came: filed signed in, or attached later with its code. */
  via: 'filed' | 'attached';
  linkedAt: string;
}

export function citizenRequestItem(
  commune: string,
  sub: string,
  r: { kind: CitizenRequestKind; code: string; createdAt: string },
  via: CitizenRequestItem['via'],
  linkedAt: string,
): CitizenRequestItem {
  return { ...citizenKeys.citizenRequest(commune, sub, r.createdAt, r.code), type: 'citizen-request', ...r, via, linkedAt };
}

/** A sign-in begun: what the identity implementation needs to finish it (opaque to the function), and the count of wrong codes. */
export interface CitizenSignInItem {
  pk: string;
  sk: string;
  type: 'citizen-sign-in';
  email: string;
  /** The implementation's own session (Cognito's, or the local one's), never sent to the browser. */
  upstream: string;
  attempts: number;
  /** Epoch seconds (TTL); the function also refuses it past this instant. */
  expiresAt: number;
}

/** An attachment begun: the request and the account it will join, the code's hash (absent when nothing was sent). */
export interface CitizenAttachItem {
  pk: string;
  sk: string;
  type: 'citizen-attach';
  sub: string;
  kind: CitizenRequestKind;
  code: string;
  createdAt: string;
  /** SHA-256 of the mailed code; absent when the request's address is not the account's (no mail, every code wrong). */
  codeHash?: string;
  attempts: number;
  expiresAt: number;
}

/**
 * The account's own settings (docs/citizen-space.md, « Mes préférences »): which mails about its requests, and in
 * which language. One item in the account's partition, beside its REQ# entries, so that deleting the account removes
 * both; versioned (two tabs saving at once: one wins, the other gets 409).
 */
export const CITIZEN_PROFILE_SK = 'PROFILE';

export const citizenProfileKey = (commune: string, sub: string) => ({ pk: citizenRequests(commune, sub), sk: CITIZEN_PROFILE_SK });

export interface CitizenProfileItem {
  pk: string;
  sk: string;
  type: 'citizen-profile';
  /** `every-step`, or `essential`: only what is expected of the person and the end (mails-of-right always go). */
  mails: 'every-step' | 'essential';
  /** The language of the mails about the account's requests and of the space. */
  locale: 'fr' | 'nl' | 'de' | 'en';
  version: number;
  updatedAt: string;
}
