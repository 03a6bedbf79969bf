/**
 * Leaving the opinions step (a decision, a request for information or changes, a cancellation, a
 * withdrawal): the tasks still pending are withdrawn — deleted, so they leave the departments' queues
 * and get no reminder — and the permit's pending list is emptied, in the same transaction as the move.
 * Given opinions stay; a later round replaces them, their verdict and text being kept in the timeline.
 */
import { env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';
import type { PermitItem } from '@tandem/shared';
import type { PermitBundle } from './permit-store.js';

export function closePendingOpinions(b: PermitBundle): { set: Partial<PermitItem>; remove: string[]; more: TransactEntry[] } {
  if (b.permit.state !== 'opinions') return { set: {}, remove: [], more: [] };
  return {
    set: { pendingReviewers: [] },
    remove: ['opinionsDue'],
    more: b.opinions
      .filter((o) => o.status === 'pending')
      .map((o) => ({ Delete: { TableName: env().tableName, Key: { pk: o.pk, sk: o.sk } } })),
  };
}
