/**
 * A report's assignee follows it in their "my work" through an assignment item in the report's partition
 * (shared/src/entities/work-follow.ts). The item copies what the list shows (state, open, department, priority,
 * due), so every change to the report rewrites it in the change's own transaction: the list is never stale.
 */
import {
  assignmentItem,
  findCategory,
  isClosedState,
  reportKeys,
  workFollowKeys,
  type CommuneConfig,
  type ReportItem,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';

type Planned = Pick<
  ReportItem,
  'commune' | 'code' | 'category' | 'address' | 'state' | 'department' | 'assignee' | 'assignedAt' | 'priority' | 'dueAt' | 'createdAt'
>;

/** The entries that keep the assignment true after a change from `before` to `after`: drop the old one, write the current one. */
export function assignmentEntries(config: Pick<CommuneConfig, 'categories'>, before: Planned, after: Planned): TransactEntry[] {
  const table = env().tableName;
  const pk = reportKeys.reportPk(after.commune, after.code);
  const entries: TransactEntry[] = [];
  if (before.assignee && before.assignee !== after.assignee) {
    entries.push({ Delete: { TableName: table, Key: workFollowKeys.assignment(pk, before.assignee) } });
  }
  if (after.assignee) {
    const label = findCategory(config, after.category)?.label.fr ?? after.category;
    const item = assignmentItem(after.commune, pk, after.assignee, after.assignedAt ?? after.createdAt, {
      kind: 'report',
      id: after.code,
      title: after.address ? `${label} — ${after.address}` : label,
      status: after.state,
      open: !isClosedState(after.state),
      department: after.department,
      ...(after.priority ? { priority: after.priority } : {}),
      ...(after.dueAt ? { dueAt: after.dueAt } : {}),
    });
    entries.push({ Put: { TableName: table, Item: item } });
  }
  return entries;
}
