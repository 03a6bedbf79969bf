/**
 * What one staff move changes on a permit: the fields to set, the timeline items, and any other items
 * (opinion tasks) written in the same transaction. Pure but for issuing, which renders and stores the documents.
 */
import {
  KIND_REFERENCE_PREFIX,
  brusselsDate,
  checkPermitTransition,
  formatDayInWords,
  newPermitTimelineItem,
  opinionDueDate,
  pendingOpinionItem,
  permitIndexes,
  closingFields,
  permitNotesFr,
  reviewersFor,
  translateFrench,
  type CommuneConfig,
  type PermitItem,
  type PermitState,
  type PermitTimelineItem,
  type PermitTransitionInput,
  type PermitsConfig,
} from '@tandem/shared';
import { conflict, unprocessable } from '../lib/http.js';
import { env } from '../lib/aws.js';
import type { StaffUser } from '../lib/staff-auth.js';
import type { TransactEntry } from '../lib/versioned-write.js';
import { issueDocuments } from './permit-documents.js';
import { claimIssuing, nextReferenceNumber, type PermitBundle } from './permit-store.js';
import { closePendingOpinions } from './permit-opinions.js';
import { publishPermitOnMap, withdrawPermitFromMap } from './permit-map-item.js';

export interface PermitChange {
  set: Partial<PermitItem>;
  remove: string[];
  puts: PermitTimelineItem[];
  more: TransactEntry[];
}

const REASONS = {
  same_state: 'the request is already in this state',
  illegal: 'this move is not possible from the current state',
  not_yours: 'this move is the requester’s or the system’s, not staff’s',
  opinions_skipped: 'no department gives an opinion on this kind of request',
  opinions_required: 'ask the departments for their opinion before deciding',
  opinions_pending: 'some departments have not given their opinion yet (and their due date has not passed)',
} as const;

/** Moves that must tell the requester why or what. */
const NEEDS_MESSAGE: ReadonlySet<PermitState> = new Set(['incomplete', 'changes_requested', 'refused', 'cancelled']);

export async function staffTransition(
  b: PermitBundle,
  input: PermitTransitionInput,
  user: StaffUser,
  config: CommuneConfig,
  cfg: PermitsConfig,
  now: Date,
): Promise<PermitChange> {
  const p = b.permit;
  const at = now.toISOString();
  const today = brusselsDate(now);
  const reviewers = reviewersFor(cfg, p.kind, p.details);
  // Opinions that still hold a decision back: asked in this round, not given, not yet overdue.
  const pendingNotOverdue = b.opinions.filter(
    (o) => o.status === 'pending' && p.pendingReviewers.includes(o.department) && o.due >= today,
  ).length;
  const check = checkPermitTransition(p.state, input.to, 'staff', {
    hasReviewers: reviewers.length > 0,
    pendingOpinions: pendingNotOverdue,
  });
  if (!check.ok) throw unprocessable(REASONS[check.reason], [{ name: 'to', reason: REASONS[check.reason] }]);
  if (NEEDS_MESSAGE.has(input.to) && !input.message) {
    throw unprocessable('tell the requester why, or what is needed', [{ name: 'message', reason: 'required for this move' }]);
  }
  if (input.to === 'approved_with_conditions' && !input.conditions?.length) {
    throw unprocessable('list the conditions', [{ name: 'conditions', reason: 'at least one condition' }]);
  }

  const actor = { actor: user.name, actorSub: user.sub };
  // The agent's own words show on the public page only if they said so; a text the platform writes is public.
  const agentChose = input.publicPage === true;
  const stateItem = (message?: string, publicPage = agentChose) =>
    newPermitTimelineItem(p.commune, p.code, at, {
      kind: 'state_changed',
      public: true,
      from: p.state,
      to: input.to,
      ...(message ? { message, ...(publicPage ? { publicPage: true } : {}) } : {}),
      ...actor,
    });
  const closing = closePendingOpinions(b);
  const change: PermitChange = {
    set: {
      ...closing.set,
      state: input.to,
      gsi2pk: permitIndexes({ ...p, state: input.to }).gsi2pk,
      ...closingFields(p, input.to, at),
    },
    remove: closing.remove,
    puts: [],
    more: closing.more,
  };

  switch (input.to) {
    case 'incomplete':
      change.set.requested = input.message;
      change.set.requestedPublic = agentChose;
      change.puts.push(stateItem(input.message));
      break;
    case 'opinions': {
      const due = opinionDueDate(cfg, p.kind, today);
      Object.assign(change.set, { reviewers, pendingReviewers: reviewers, opinionsDue: due });
      change.puts.push(stateItem(input.message));
      for (const department of reviewers) {
        // A request sent back and reviewed again asks anew: the new task replaces the old one.
        change.more.push({ Put: { TableName: env().tableName, Item: pendingOpinionItem(p.commune, p.code, department, due, at) } });
        change.puts.push(newPermitTimelineItem(p.commune, p.code, at, { kind: 'opinion_requested', public: false, department, ...actor }));
      }
      break;
    }
    case 'approved':
    case 'approved_with_conditions':
    case 'refused':
    case 'changes_requested':
      change.set.decision = {
        outcome: input.to,
        conditions: input.to === 'approved_with_conditions' ? (input.conditions ?? []) : [],
        ...(input.message ? { message: input.message } : {}),
        at,
        by: user.name,
        ...(input.college ? { college: input.college } : {}),
        publicPage: agentChose,
      };
      if (input.to === 'changes_requested') {
        change.set.requested = input.message;
        change.set.requestedPublic = agentChose;
      }
      change.puts.push(
        input.message
          ? stateItem(input.message)
          : stateItem(
              input.college
                ? translateFrench([permitNotesFr], 'permitStaff.decision.collegeDone', {
                    date: formatDayInWords(input.college.date, 'fr'),
                    reference: input.college.reference,
                  })
                : undefined,
              true,
            ),
      );
      break;
    case 'issued': {
      // Only one agent may draw the year's next number: the others get their 409 before drawing one.
      if (!(await claimIssuing(p, now)))
        throw conflict('someone else is issuing this authorisation right now; reload it', { currentState: p.state });
      change.remove.push('issuing');
      const year = today.slice(0, 4);
      const prefix = KIND_REFERENCE_PREFIX[p.kind];
      const reference = `${prefix}-${year}-${String(await nextReferenceNumber(p.commune, prefix, year)).padStart(4, '0')}`;
      const documents = await issueDocuments(p, reference, p.decision!, config, today);
      Object.assign(change.set, { reference, documents });
      change.more.push(...publishPermitOnMap(p, reference, at));
      change.puts.push(input.message ? stateItem(input.message) : stateItem(`Autorisation n° ${reference}`, true));
      break;
    }
    default:
      if (input.to === 'cancelled') change.remove.push('requested');
      if (input.to === 'cancelled' && (p.state === 'issued' || p.state === 'active')) change.more.push(...withdrawPermitFromMap(p));
      change.puts.push(stateItem(input.message));
  }
  return change;
}
