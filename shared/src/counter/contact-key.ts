/**
 * The citizen's contact index (docs/counter.md): a request given with an e-mail address or a phone number is
 * listed, in the transaction that files it, under `C#<c>#CONTACT#<sha256(kind:normalised value)>` /
 * `REQ#<report|permit>#<code>`, so that the counter finds a citizen's requests by key. Only hashes are keys: the raw
 * contact stays on the request. Erasure deletes the entries with the contact (privacy/personal-data-store.ts).
 */
import { communePrefix } from '../entities/key-parts.js';

export type ContactKind = 'email' | 'phone';

/**
 * Case and surrounding spaces make no other address (mail providers ignore the case in practice). One definition for
 * every place an address is compared or hashed: this index, the mail-confirmation partition of the address
 * (notify/mail-address.ts, which the counter's search reads too) and the privacy requests' check.
 */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A phone number as people type it (digits, +, spaces and . / ( ) -): the counter's PhoneSchema, a permit's requester and the forms' checks. */
export const PHONE_PATTERN = /^[+0-9 ./()-]{6,25}$/;

/**
 * One number however it is written: separators dropped, `00` as `+`, a Belgian national number (0…) as +32…
 * ("0471 12 34 56", "+32 471/12.34.56" and "0032471123456" are one).
 */
export function normalisePhone(phone: string): string {
  let p = phone.replace(/[\s./()-]/g, '');
  if (p.startsWith('00')) p = `+${p.slice(2)}`;
  else if (p.startsWith('0')) p = `+32${p.slice(1)}`;
  return p;
}

/** What is hashed for a contact: its kind and normalised value. */
export const contactIndexValue = (kind: ContactKind, value: string) =>
  `${kind}:${kind === 'email' ? normaliseEmail(value) : normalisePhone(value)}`;

export const CONTACT_PREFIX = 'CONTACT#';

export const contactKeys = {
  contactPk: (commune: string, hash: string) => `${communePrefix(commune)}${CONTACT_PREFIX}${hash}`,
  contactRequest: (commune: string, hash: string, kind: 'report' | 'permit', code: string) => ({
    pk: `${communePrefix(commune)}${CONTACT_PREFIX}${hash}`,
    sk: `REQ#${kind}#${code}`,
  }),
};

export interface ContactIndexItem {
  pk: string;
  sk: string;
  type: 'contact-request';
  kind: 'report' | 'permit';
  code: string;
  createdAt: string;
}
