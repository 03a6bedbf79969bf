/**
 * A reviewing department's opinion: the opinion task is closed (it must still be pending: two answers
 * for one department end with one winner and a 409), the permit's pending list shrinks, and a timeline
 * item records it, in one transaction. The agent need not send a version: opinions do not overwrite
 * each other, so a concurrent change only makes this retry on the fresh permit.
 */
import {
  keys,
  newPermitTimelineItem,
  permitLabelsFr,
  type AuditEntryItem,
  type DepartmentsOfCommune,
  type IdempotencyItem,
  type OpinionInput,
} from '@tandem/shared';
import { conflict, notFound } from '../lib/http.js';
import { authorize } from '../lib/authorize.js';
import { env } from '../lib/aws.js';
import type { StaffUser } from '../lib/staff-auth.js';
import { versionedWrite, type ChangeOutcome } from '../lib/versioned-write.js';
import { getPermitBundle, type PermitBundle } from './permit-store.js';

const opinionRecord = (o: OpinionInput) => {
  const verdict = permitLabelsFr[`permit.verdict.${o.verdict}`];
  return o.text ? `${verdict} — ${o.text}` : verdict;
};

export async function giveOpinion(
  first: PermitBundle,
  commune: DepartmentsOfCommune,
  department: string,
  input: OpinionInput,
  user: StaffUser,
  now: Date,
  idem?: IdempotencyItem,
  /** The audit entry, written in the same transaction. */
  audit?: AuditEntryItem,
): Promise<ChangeOutcome> {
  authorize(user, commune, 'POST /api/{commune}/staff/permits/{code}/opinions/{department}', 'opinion', { department });
  let b: PermitBundle | undefined = first;
  for (let attempt = 0; attempt < 4 && b; attempt++) {
    const p = b.permit;
    const opinion = b.opinions.find((o) => o.department === department);
    if (!opinion) throw notFound(`no opinion was asked of "${department}" on this request`);
    if (opinion.status !== 'pending') throw conflict(`the opinion of "${department}" was already given`, { currentState: p.state });
    if (p.state !== 'opinions') throw conflict('this request no longer waits for opinions', { currentState: p.state });
    const at = now.toISOString();
    const pending = p.pendingReviewers.filter((d) => d !== department);
    const nextDue = b.opinions
      .filter((o) => o.status === 'pending' && o.department !== department)
      .map((o) => o.due)
      .sort()[0];
    const outcome = await versionedWrite({
      key: { pk: p.pk, sk: p.sk },
      expectedVersion: p.version,
      set: { pendingReviewers: pending, updatedAt: at, ...(nextDue ? { opinionsDue: nextDue } : {}) },
      remove: nextDue ? [] : ['opinionsDue'],
      // The item keeps the verdict and text for the record (a later round replaces the opinion task); only staff read them.
      puts: [
        newPermitTimelineItem(p.commune, p.code, at, {
          kind: 'opinion_given',
          public: true,
          department,
          message: opinionRecord(input),
          actor: user.name,
          actorSub: user.sub,
        }),
        ...(audit ? [audit] : []),
      ],
      more: [
        {
          Update: {
            TableName: env().tableName,
            Key: keys.opinion(p.commune, p.code, department),
            UpdateExpression: 'SET #st = :given, verdict = :v, #tx = :t, #by = :by, #at = :at REMOVE gsi3pk, gsi3sk',
            ConditionExpression: '#st = :pending',
            ExpressionAttributeNames: { '#st': 'status', '#tx': 'text', '#by': 'by', '#at': 'at' },
            ExpressionAttributeValues: {
              ':given': 'given',
              ':pending': 'pending',
              ':v': input.verdict,
              ':t': input.text,
              ':by': user.name,
              ':at': at,
            },
          },
        },
      ],
      ...(idem ? { idem } : {}),
    });
    if (outcome !== 'stale') return outcome;
    b = await getPermitBundle(p.commune, p.code);
  }
  throw conflict('this request is changing too fast; reload it and try again');
}
