/**
 * E-mail address confirmation (docs/mail-confirmation.md). Before a mail carrying words typed by the public
 * goes to an address, the owner of that address confirms it for that request, by opening a single-use link.
 *
 * - The confirmed-address record lives in the partition of the address within the commune, keyed by a hash
 *   of the normalised address (the raw address stays on the report or permit only), one item per request:
 *   `C#<commune>#MAILADDR#<addressHash>` / `REQ#<kind>#<code>`. It holds the state (pending → confirmed), the
 *   current link's hash and expiry, and the latest mail held back while pending.
 * - The link's token is stored only as its SHA-256, in its own item (`C#<commune>#MAILCONFIRM#<tokenHash>`),
 *   used once (conditional write), expiring after MAIL_CONFIRMATION_DAYS; DynamoDB's TTL removes it later.
 */
import { communePrefix } from './key-parts.js';

export const MAIL_ADDRESS_PREFIX = 'MAILADDR#';
export const MAIL_CONFIRMATION_PREFIX = 'MAILCONFIRM#';
export const MAIL_REQUEST_PREFIX = 'REQ#';
/** How long a confirmation link works. */
export const MAIL_CONFIRMATION_DAYS = 7;

/**
 * The requests that send mail to an address typed by the public (`works`: following a works site, code = project id;
 * `collections`: the evening-before reminder of a zone's collections, code = the zone's id).
 */
export type MailRequestKind = 'report' | 'permit' | 'works' | 'collections';

export const mailConfirmationKeys = {
  mailAddressPk: (commune: string, addressHash: string) => `${communePrefix(commune)}${MAIL_ADDRESS_PREFIX}${addressHash}`,
  mailAddressRequest: (commune: string, addressHash: string, kind: MailRequestKind, code: string) => ({
    pk: `${communePrefix(commune)}${MAIL_ADDRESS_PREFIX}${addressHash}`,
    sk: `${MAIL_REQUEST_PREFIX}${kind}#${code}`,
  }),
  mailConfirmationToken: (commune: string, tokenHash: string) => ({
    pk: `${communePrefix(commune)}${MAIL_CONFIRMATION_PREFIX}${tokenHash}`,
    sk: 'MAILCONFIRM',
  }),
};

/** One request's mails to one address: pending until the address's owner opens the link, then confirmed. */
export interface MailAddressRequestItem {
  pk: string;
  sk: string;
  type: 'mail-address-request';
  kind: MailRequestKind;
  code: string;
  state: 'pending' | 'confirmed';
  /** SHA-256 (hex) of the link sent last, and when it stops working (ISO instant). */
  tokenHash: string;
  tokenValidUntil: string;
  confirmationSentAt: string;
  confirmedAt?: string;
  /** The latest mail held while pending: its timeline item's key and the event that asked for it (JSON). */
  heldTimelineId?: string;
  heldDetail?: string;
}

export interface MailConfirmationTokenItem {
  pk: string;
  sk: string;
  type: 'mail-confirmation-token';
  commune: string;
  addressHash: string;
  kind: MailRequestKind;
  code: string;
  createdAt: string;
  validUntil: string;
  usedAt?: string;
  /** DynamoDB TTL (epoch seconds): a month after the link stopped working. */
  expiresAt: number;
}

export function mailAddressRequestItem(
  commune: string,
  addressHash: string,
  f: Omit<MailAddressRequestItem, 'pk' | 'sk' | 'type' | 'state'>,
): MailAddressRequestItem {
  return {
    ...mailConfirmationKeys.mailAddressRequest(commune, addressHash, f.kind, f.code),
    type: 'mail-address-request',
    state: 'pending',
    ...f,
  };
}

export function mailConfirmationTokenItem(
  tokenHash: string,
  f: Omit<MailConfirmationTokenItem, 'pk' | 'sk' | 'type' | 'expiresAt'>,
): MailConfirmationTokenItem {
  const expiresAt = Math.floor(Date.parse(f.validUntil) / 1000) + 30 * 86_400;
  return { ...mailConfirmationKeys.mailConfirmationToken(f.commune, tokenHash), type: 'mail-confirmation-token', expiresAt, ...f };
}

/** Where a request is followed on the citizen site (the confirmation mail and page link to it). */
export const requestTrackingPath = (commune: string, kind: MailRequestKind, code: string) =>
  kind === 'report'
    ? `/${commune}/suivi/${code}/`
    : kind === 'works'
      ? `/${commune}/chantiers/${code}/`
      : kind === 'collections'
        ? `/${commune}/collectes/`
        : `/${commune}/demandes/suivi/${code}/`;

/** The shape of a token in a link: 32 random bytes, base64url. */
export const MAIL_CONFIRMATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
