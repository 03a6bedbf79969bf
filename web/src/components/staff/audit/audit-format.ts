/** The audit log's words: an action's and an item kind's labels in the agent's language. */
import type { AuditAction, AuditItemKind } from '@tandem/shared/entities/audit-entry';
import { tr } from '../../../lib/locale';

export const actionLabel = (a: AuditAction) => tr(`auditStaff.action.${a}`);
export const kindLabel = (k: AuditItemKind) => tr(`auditStaff.kind.${k}`);
