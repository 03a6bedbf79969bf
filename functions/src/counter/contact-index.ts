/**
 * The citizen's contact index (shared/src/counter/contact-key.ts): entries written in the transaction that files a
 * request (public form, counter), deleted with the contact when personal data is erased, and read by key at the
 * counter. For e-mails, the mail-confirmation partition of the address (docs/mail-confirmation.md) is read too: it
 * lists the requests mailed to that address, filed before this index existed or whose address was changed since.
 */
import { createHash } from 'node:crypto';
import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { contactIndexValue, contactKeys, keys, type ContactIndexItem, type ContactKind } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { addressHash } from '../notify/mail-address.js';
import type { TableItem, TransactEntry } from '../lib/versioned-write.js';

export const contactHash = (kind: ContactKind, value: string) => createHash('sha256').update(contactIndexValue(kind, value)).digest('hex');

export interface Contact {
  email?: string;
  phone?: string;
}

const given = (c: Contact): [ContactKind, string][] =>
  [
    ['email', c.email],
    ['phone', c.phone],
  ].filter((e): e is [ContactKind, string] => Boolean(e[1]?.trim()));

/** The index entries of a new request: one per contact given. */
export function contactEntries(commune: string, c: Contact, kind: 'report' | 'permit', code: string, at: string): TableItem[] {
  return given(c).map(([k, v]): ContactIndexItem & TableItem => ({
    ...contactKeys.contactRequest(commune, contactHash(k, v), kind, code),
    type: 'contact-request',
    kind,
    code,
    createdAt: at,
  }));
}

/** The deletes of a request's entries, for the erasure of its contact (nothing fails when one is absent). */
export function contactDeletes(commune: string, c: Contact, kind: 'report' | 'permit', code: string): TransactEntry[] {
  return given(c).map(([k, v]) => ({
    Delete: { TableName: env().tableName, Key: contactKeys.contactRequest(commune, contactHash(k, v), kind, code) },
  }));
}

export interface IndexedRequest {
  kind: 'report' | 'permit';
  code: string;
}

/** Every request listed under this contact (and, for an e-mail, under its mail-confirmation partition), once each. */
export async function requestsOfContact(commune: string, kind: ContactKind, value: string): Promise<IndexedRequest[]> {
  const pks = [contactKeys.contactPk(commune, contactHash(kind, value))];
  if (kind === 'email') pks.push(keys.mailAddressPk(commune, addressHash(value)));
  const found = new Map<string, IndexedRequest>();
  for (const pk of pks) {
    const pages = paginateQuery(
      { client: ddb() },
      {
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :req)',
        ExpressionAttributeValues: { ':pk': pk, ':req': 'REQ#' },
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const m = /^REQ#(report|permit)#(.+)$/.exec(String(item.sk));
        if (m) found.set(item.sk, { kind: m[1] as 'report' | 'permit', code: m[2] });
      }
    }
  }
  return [...found.values()];
}
