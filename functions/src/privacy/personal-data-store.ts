/**
 * A person's request (report or permit) found by its tracking code, with everything its personal data lives
 * in, and the erasure of that data: in one transaction guarded by the item's version (a staff change racing
 * the erasure makes it 'stale'; the caller reads again and retries). Two kinds of erasure:
 *   - at the end of retention: the contact fields (name, e-mail, phone, address) and the permit's private key;
 *   - on request: the same, and the person's own free text, replaced by ERASED_TEXT.
 * The public timeline (states, staff's public updates), the place, the category and public photos stay.
 */
import {
  ERASED_TEXT,
  keys,
  normaliseEmail,
  normaliseTrackingCode,
  TRACKING_CODE_PATTERN,
  type FeedbackAnswerItem,
  type PermitItem,
  type PersonalDataEntity,
  type PersonalDataErasure,
  type PermitTimelineItem,
  type ReportItem,
  type TimelineItem,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import { addressHash } from '../notify/mail-address.js';
import { deleteStored } from '../lib/stored-files.js';
import { versionedWrite, type ChangeOutcome, type TransactEntry } from '../lib/versioned-write.js';
import { getReportWithTimeline } from '../reports/report-store.js';
import { getPermitBundle, type PermitBundle } from '../permits/permit-store.js';
import { contactDeletes } from '../counter/contact-index.js';

export type PersonRequest =
  | { kind: 'report'; report: ReportItem; timeline: TimelineItem[]; feedback?: FeedbackAnswerItem[] }
  | { kind: 'permit'; bundle: PermitBundle };

/** The report or the permit with this code (codes share one alphabet: unless told which, a report is looked up first). */
export async function findRequest(commune: string, rawCode: string, entity?: PersonalDataEntity): Promise<PersonRequest | undefined> {
  const code = normaliseTrackingCode(rawCode);
  if (!TRACKING_CODE_PATTERN.test(code)) return undefined;
  const r = entity === 'PERMIT' ? undefined : await getReportWithTimeline(commune, code);
  if (r) return { kind: 'report', report: r.report, timeline: r.timeline, feedback: r.feedback };
  if (entity === 'REPORT') return undefined;
  const b = await getPermitBundle(commune, code);
  return b ? { kind: 'permit', bundle: b } : undefined;
}

export const itemOf = (r: PersonRequest): ReportItem | PermitItem => (r.kind === 'report' ? r.report : r.bundle.permit);

/** The e-mail address the person gave (absent: none given, or erased). */
export function givenEmail(r: PersonRequest): string | undefined {
  const e = r.kind === 'report' ? r.report.email : r.bundle.permit.requester.email;
  return e || undefined;
}

export function emailMatches(r: PersonRequest, email: string): boolean {
  const given = givenEmail(r);
  return Boolean(given && normaliseEmail(given) === normaliseEmail(email));
}

export interface Erasure {
  at: string;
  onRequest: boolean;
}

/** Erases what the kind of erasure covers; 'stale' when the item changed since it was read. */
export async function erasePersonalData(r: PersonRequest, e: Erasure): Promise<ChangeOutcome> {
  return r.kind === 'report' ? eraseReport(r.report, e, r.timeline, r.feedback ?? []) : erasePermit(r.bundle, e);
}

/** The first erasure's date and reason stay (an item erased on request and closed later meets the job too). */
const marker = (item: PersonalDataErasure, e: Erasure) =>
  item.personalDataErasedAt ? {} : { personalDataErasedAt: e.at, ...(e.onRequest ? { personalDataErasedOnRequest: true } : {}) };

/** Out of the erasure queue, if it is in it (an open report's gsi3 is its map cell: kept). */
const leaveQueue = (item: { gsi3pk?: string }, commune: string) => (item.gsi3pk === keys.erasureDue(commune) ? ['gsi3pk', 'gsi3sk'] : []);

/**
 * The address's confirmation record for this request (notify/mail-address.ts: keyed by a hash of the address, it
 * ties the address to the request and may hold a mail waiting for confirmation): deleted with the address.
 */
const forgetAddress = (commune: string, email: string | undefined, kind: 'report' | 'permit', code: string): TransactEntry[] =>
  email ? [{ Delete: { TableName: env().tableName, Key: keys.mailAddressRequest(commune, addressHash(email), kind, code) } }] : [];

/**
 * On request, the reporter's own words after a fix (docs/reopen-and-satisfaction.md): the « pas réparé » explanation
 * on its timeline item and a rating's comment. (The reopen photo stays, like the report's photos: the erasing
 * functions may not delete under reports/.)
 */
function reporterWords(timeline: TimelineItem[], feedback: FeedbackAnswerItem[]): TransactEntry[] {
  return [
    ...timeline.filter((t) => t.byCitizen && t.words && t.words !== ERASED_TEXT).map((t) => eraseText(t, 'words')),
    ...feedback.filter((f) => f.comment && f.comment !== ERASED_TEXT).map((f) => eraseText(f, 'comment')),
  ];
}

/** Replaces the person's own text in one field of an item beside the request (a timeline item, an answer). */
function eraseText(key: { pk: string; sk: string }, field: 'words' | 'comment' | 'message'): TransactEntry {
  return {
    Update: {
      TableName: env().tableName,
      Key: { pk: key.pk, sk: key.sk },
      UpdateExpression: 'SET #f = :erased',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#f': field },
      ExpressionAttributeValues: { ':erased': ERASED_TEXT },
    },
  };
}

async function eraseReport(
  report: ReportItem,
  e: Erasure,
  timeline: TimelineItem[],
  feedback: FeedbackAnswerItem[],
): Promise<ChangeOutcome> {
  return versionedWrite({
    key: { pk: report.pk, sk: report.sk },
    expectedVersion: report.version,
    set: { ...marker(report, e), ...(e.onRequest && report.description ? { description: ERASED_TEXT } : {}) },
    remove: ['email', 'name', 'phone', 'postalAddress', ...leaveQueue(report, report.commune)],
    puts: [],
    more: [
      ...forgetAddress(report.commune, report.email, 'report', report.code),
      ...contactDeletes(report.commune, { email: report.email, phone: report.phone }, 'report', report.code),
      ...(e.onRequest ? reporterWords(timeline, feedback) : []),
    ],
  });
}

async function erasePermit(b: PermitBundle, e: Erasure): Promise<ChangeOutcome> {
  const p = b.permit;
  const table = env().tableName;
  // The joined documents (insurance, plans…) and the authorisation name people: deleted first (a retry after a
  // stale write deletes nothing twice). The poster names no one and stays, public.
  const personalFiles = [
    ...p.details.attachments.map((a) => a.key),
    ...(p.documents ?? []).filter((d) => d.type !== 'poster').map((d) => d.key),
  ];
  await deleteStored(personalFiles);
  // The organisation (an association or a company, the holder named on the poster) is no person's data.
  const requester: PermitItem['requester'] = {
    name: '',
    email: '',
    ...(p.requester.organisation ? { organisation: p.requester.organisation } : {}),
  };
  const more: TransactEntry[] = [
    ...forgetAddress(p.commune, p.requester.email || undefined, 'permit', p.code),
    // The counter's contact index (docs/counter.md): the request is no longer found by the contact it no longer holds.
    ...contactDeletes(p.commune, { email: p.requester.email, phone: p.requester.phone }, 'permit', p.code),
  ];
  // The private key opened the requester's own view (name, e-mail, documents): nobody holds it any more.
  if (b.key) more.push({ Delete: { TableName: table, Key: keys.permitKey(p.commune, p.code) } });
  const set: Record<string, unknown> = {
    ...marker(p, e),
    requester,
    details: { ...p.details, attachments: [], ...(e.onRequest && p.details.description ? { description: ERASED_TEXT } : {}) },
    ...(p.documents ? { documents: p.documents.filter((d) => d.type === 'poster') } : {}),
  };
  if (e.onRequest) more.push(...ownMessages(b.timeline).map((t) => eraseText(t, 'message')));
  return versionedWrite({
    key: { pk: p.pk, sk: p.sk },
    expectedVersion: p.version,
    set,
    remove: leaveQueue(p, p.commune),
    puts: [],
    more,
  });
}

/** The messages the requester wrote (with a withdrawal, a completed request): theirs only. */
export function ownMessages(timeline: PermitTimelineItem[]): PermitTimelineItem[] {
  return timeline.filter((t) => t.actor === 'requester' && t.message && t.message !== ERASED_TEXT);
}
