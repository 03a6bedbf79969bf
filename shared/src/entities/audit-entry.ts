/**
 * An audit entry: who (staff sub, e-mail, display name) did what (an action of AUDIT_ACTIONS) to which item, when,
 * through which route and request. Append-only: an entry is only ever put, with the condition that it does not
 * exist, and no route updates or deletes one (TTL removes it after the commune's retention, see
 * docs/audit-log.md). One partition per commune and Brussels month (`C#<c>#AUDIT#2026-12`), sorted by instant:
 * a month of a busy commune stays a modest partition, and a date range reads a few partitions newest first.
 */
import { brusselsDate } from '../brussels-time.js';
import { communePrefix } from './key-parts.js';

/** What staff did. Changes are written in the change's own transaction; reads of personal data just after the read. */
export const AUDIT_ACTIONS = [
  'report.transition',
  'report.update',
  'report.note',
  'report.assign',
  'report.plan',
  'report.personal-data.read',
  'permit.transition',
  'permit.update',
  'permit.note',
  'permit.opinion',
  'permit.personal-data.read',
  'mapitem.create',
  'mapitem.update',
  'mapitem.delete',
  'project.publish',
  'project.unpublish',
  'project.progress',
  'open311key.issue',
  'open311key.revoke',
  'staffaccount.invite',
  'staffaccount.change',
  'staffaccount.disable',
  'staffaccount.enable',
  'task.create',
  'task.change',
  'task.comment',
  'project.comment',
  'project.create',
  'project.update',
  'recurrence.create',
  'recurrence.update',
  'recurrence.delete',
  'report.work-order',
  'report.comment',
  'permit.comment',
  'report.service',
  'report.counter',
  'permit.counter',
  'contact.personal-data.read',
  'report.reopen',
  'addresses.import',
  'news.create',
  'news.update',
  'news.unpublish',
  'news.publish',
  'collections.calendar.import',
  'collections.streets.import',
  'appointment.arrival',
  'appointment.personal-data.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of item an entry is about. */
export const AUDIT_ITEM_KINDS = [
  'report',
  'permit',
  'map-item',
  'open311-key',
  'staff-account',
  'task',
  'project',
  'recurrence',
  'contact',
  'address-register',
  'news',
  'collection-calendar',
  'appointment',
] as const;
export type AuditItemKind = (typeof AUDIT_ITEM_KINDS)[number];

/** Entries are kept this many years unless the commune's config says otherwise (`audit.retentionYears`). */
export const AUDIT_RETENTION_YEARS_DEFAULT = 5;

const AUDIT = 'AUDIT#';

/** A Brussels month, "2026-12": an instant's, through Brussels time (00:30 on 1 January is the new year's). */
export const auditMonthOf = (at: string): string => brusselsDate(at).slice(0, 7);

export const auditEntryKeys = {
  /** One month of a commune's audit log (Brussels month, "2026-12"). */
  auditMonthPk: (commune: string, month: string) => `${communePrefix(commune)}${AUDIT}${month}`,
};

/** The month a partition key of the commune's audit log holds, or undefined when it is not one. */
export function auditMonthOfPk(commune: string, pk: string): string | undefined {
  const prefix = `${communePrefix(commune)}${AUDIT}`;
  if (!pk.startsWith(prefix)) return undefined;
  const month = pk.slice(prefix.length);
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined;
}

export interface AuditEntryItem {
  pk: string;
  /** `<instant>#<random>`: sorted by time, two entries of one instant both land. */
  sk: string;
  type: 'audit-entry';
  commune: string;
  at: string;
  action: AuditAction;
  actorSub: string;
  actorEmail: string;
  actorName: string;
  itemKind: AuditItemKind;
  /** The report's or permit's code, the map item's or Open311 key's id. */
  itemId: string;
  /** A short word on the change (states, department, title): never the reporter's or requester's personal data. */
  detail?: string;
  /** API Gateway's routeKey, e.g. "POST /api/{commune}/staff/reports/{code}/transitions". */
  route: string;
  requestId: string;
  /** Epoch seconds: the commune's retention after `at` (DynamoDB TTL). */
  expiresAt: number;
}

export type AuditEntryFields = Omit<AuditEntryItem, 'pk' | 'sk' | 'type' | 'expiresAt'>;

/** A new entry (its random suffix keeps two entries of one instant apart). */
export function newAuditEntry(
  f: AuditEntryFields,
  retentionYears = AUDIT_RETENTION_YEARS_DEFAULT,
  seq = Math.random().toString(36).slice(2, 10).padEnd(8, '0'),
): AuditEntryItem {
  const kept = new Date(f.at);
  kept.setUTCFullYear(kept.getUTCFullYear() + retentionYears);
  return {
    pk: auditEntryKeys.auditMonthPk(f.commune, auditMonthOf(f.at)),
    sk: `${f.at}#${seq}`,
    type: 'audit-entry',
    ...f,
    expiresAt: Math.floor(kept.getTime() / 1000),
  };
}
