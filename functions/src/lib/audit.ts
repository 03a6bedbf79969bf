/**
 * The audit log's writing side (shared/src/entities/audit-entry.ts, docs/audit-log.md). A staff change puts its
 * entry in the change's own transaction (`auditPut`, or among a versioned write's `puts`): the change never lands
 * without its entry, and a replayed request (Idempotency-Key), whose transaction is refused, writes none. A read of
 * personal data is recorded just after the read and before the answer (`recordRead`): if the entry cannot be
 * written the answer is a 500 and the data is not shown.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  AUDIT_RETENTION_YEARS_DEFAULT,
  newAuditEntry,
  type AuditAction,
  type AuditEntryItem,
  type AuditItemKind,
  type CommuneRegistration,
} from '@tandem/shared';
import { ddb, env } from './aws.js';
import { clock } from './clock.js';
import type { ApiEvent } from './http.js';
import type { StaffUser } from './staff-auth.js';
import type { TransactEntry } from './versioned-write.js';

/** Who asks, through which route and request: what every entry of one request shares. */
export interface AuditContext {
  commune: string;
  retentionYears: number;
  user: Pick<StaffUser, 'sub' | 'email' | 'name'>;
  route: string;
  requestId: string;
}

export function auditContext(event: ApiEvent, reg: CommuneRegistration, user: Pick<StaffUser, 'sub' | 'email' | 'name'>): AuditContext {
  return {
    commune: reg.config.id,
    retentionYears: reg.config.audit?.retentionYears ?? AUDIT_RETENTION_YEARS_DEFAULT,
    user,
    route: event.routeKey,
    requestId: event.requestContext?.requestId ?? '',
  };
}

export interface AuditedItem {
  kind: AuditItemKind;
  id: string;
}

/** The entry of one action at `at` (the change's own instant). */
export function auditEntry(ctx: AuditContext, at: string, action: AuditAction, item: AuditedItem, detail?: string): AuditEntryItem {
  return newAuditEntry(
    {
      commune: ctx.commune,
      at,
      action,
      actorSub: ctx.user.sub,
      actorEmail: ctx.user.email.toLowerCase(),
      actorName: ctx.user.name,
      itemKind: item.kind,
      itemId: item.id,
      ...(detail ? { detail } : {}),
      route: ctx.route,
      requestId: ctx.requestId,
    },
    ctx.retentionYears,
  );
}

/** The transaction entry that appends an entry: a put that must not overwrite anything. */
export function auditPut(entry: AuditEntryItem): TransactEntry {
  return { Put: { TableName: env().tableName, Item: entry, ConditionExpression: 'attribute_not_exists(pk)' } };
}

/**
 * Records a change made outside the table (a staff account in Cognito), once the change is done: there is no
 * transaction to share with Cognito, so a failure here is a logged 500 after the change, never a change unrecorded
 * in silence.
 */
export async function recordChange(ctx: AuditContext, action: AuditAction, item: AuditedItem, detail?: string) {
  const entry = auditEntry(ctx, clock.iso(), action, item, detail);
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: entry, ConditionExpression: 'attribute_not_exists(pk)' }));
}

/** Records a read of personal data (one entry per read), before the data is answered. */
export async function recordRead(ctx: AuditContext, action: Extract<AuditAction, `${string}.personal-data.read`>, item: AuditedItem) {
  const entry = auditEntry(ctx, clock.iso(), action, item);
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: entry, ConditionExpression: 'attribute_not_exists(pk)' }));
}
