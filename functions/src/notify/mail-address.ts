/**
 * The address and link secrets of mail confirmation: an address is known in the table only by the SHA-256 of
 * its normalised form, a link's token only by its SHA-256 (the token itself is in the mail, nowhere else).
 */
import { createHash, randomBytes } from 'node:crypto';
import { normaliseEmail } from '@tandem/shared';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const addressHash = (email: string) => sha256(normaliseEmail(email));
export const tokenHash = (token: string) => sha256(token);
/** 32 random bytes, base64url (43 characters): MAIL_CONFIRMATION_TOKEN_PATTERN. */
export const newToken = () => randomBytes(32).toString('base64url');
