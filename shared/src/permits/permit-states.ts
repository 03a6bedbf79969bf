/**
 * The permit state machine, defined once for every permit kind (some steps are skipped by kind: a kind
 * without reviewing departments goes from review straight to the decision). Used by the API to validate
 * moves, by the staff SPA to offer only legal ones, by the citizen's tracking page and by the scheduler.
 */
export const PERMIT_STATES = [
  'draft',
  'submitted',
  'incomplete',
  'under_review',
  'opinions',
  'approved',
  'approved_with_conditions',
  'refused',
  'changes_requested',
  'issued',
  'active',
  'ended',
  'withdrawn',
  'cancelled',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

/** Who may make a move: the requester (with the request's private key), an agent, or the scheduler. */
export type PermitActor = 'requester' | 'staff' | 'system';

export const PERMIT_DECISIONS = ['approved', 'approved_with_conditions', 'refused', 'changes_requested'] as const;
export type PermitDecision = (typeof PERMIT_DECISIONS)[number];

/** Final states: nothing moves out of them. */
export const PERMIT_FINAL_STATES: ReadonlySet<PermitState> = new Set(['refused', 'ended', 'withdrawn', 'cancelled']);
/** States in which the requester may edit the request's details. */
export const PERMIT_EDITABLE_STATES: ReadonlySet<PermitState> = new Set(['draft', 'incomplete', 'changes_requested']);
/** States in which staff are expected to act (the inbox's "to do"). */
export const PERMIT_STAFF_TODO_STATES: ReadonlySet<PermitState> = new Set([
  'submitted',
  'under_review',
  'opinions',
  'approved',
  'approved_with_conditions',
]);
/** States a permit shows in on the staff calendar: being handled (the "to do"), and issued or running. */
export const PERMIT_CALENDAR_STATES: readonly PermitState[] = [...PERMIT_STAFF_TODO_STATES, 'issued', 'active'];

interface Move {
  to: PermitState;
  by: PermitActor;
}

const decisions = (by: PermitActor): Move[] => PERMIT_DECISIONS.map((to) => ({ to, by }));

/** Every legal move. withdrawn (requester) and cancelled (staff) are added below for every non-final state. */
const MOVES: Readonly<Record<PermitState, readonly Move[]>> = {
  draft: [{ to: 'submitted', by: 'requester' }],
  submitted: [
    { to: 'under_review', by: 'staff' },
    { to: 'incomplete', by: 'staff' },
  ],
  incomplete: [{ to: 'submitted', by: 'requester' }],
  under_review: [{ to: 'opinions', by: 'staff' }, { to: 'incomplete', by: 'staff' }, ...decisions('staff')],
  opinions: [{ to: 'incomplete', by: 'staff' }, ...decisions('staff')],
  approved: [{ to: 'issued', by: 'staff' }],
  approved_with_conditions: [{ to: 'issued', by: 'staff' }],
  changes_requested: [{ to: 'submitted', by: 'requester' }],
  refused: [],
  issued: [
    { to: 'active', by: 'system' },
    { to: 'ended', by: 'system' },
  ],
  active: [{ to: 'ended', by: 'system' }],
  ended: [],
  withdrawn: [],
  cancelled: [],
};

/** Moves open to `actor` from `from` (withdraw/cancel included where they apply). */
export function permitMoves(from: PermitState, actor: PermitActor): PermitState[] {
  const moves = MOVES[from].filter((m) => m.by === actor).map((m) => m.to);
  if (PERMIT_FINAL_STATES.has(from)) return moves;
  // The requester may withdraw until the authorisation is issued; staff may cancel at any point, issued ones included.
  if (actor === 'requester' && !['issued', 'active'].includes(from)) moves.push('withdrawn');
  if (actor === 'staff' && from !== 'draft') moves.push('cancelled');
  return moves;
}

export type PermitTransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'same_state' | 'illegal' | 'not_yours' | 'opinions_skipped' | 'opinions_required' | 'opinions_pending' };

/**
 * Checks one move. `hasReviewers` says whether the kind (as the commune tuned it) asks departments for
 * an opinion: without reviewers the opinions step is skipped; with reviewers, it is required, and no
 * decision is recorded before every opinion is in (`pendingOpinions`: the caller counts those not yet
 * overdue, since a department silent past its due date is deemed to agree), except a request for changes
 * or for information.
 */
export function checkPermitTransition(
  from: PermitState,
  to: PermitState,
  actor: PermitActor,
  ctx: { hasReviewers: boolean; pendingOpinions: number } = { hasReviewers: false, pendingOpinions: 0 },
): PermitTransitionCheck {
  if (from === to) return { ok: false, reason: 'same_state' };
  if (!permitMoves(from, actor).includes(to)) {
    const anyone = (['requester', 'staff', 'system'] as const).some((a) => permitMoves(from, a).includes(to));
    return { ok: false, reason: anyone ? 'not_yours' : 'illegal' };
  }
  if (to === 'opinions' && !ctx.hasReviewers) return { ok: false, reason: 'opinions_skipped' };
  // A kind with reviewers is approved or refused only once their opinions were asked for.
  if (from === 'under_review' && ctx.hasReviewers && ['approved', 'approved_with_conditions', 'refused'].includes(to)) {
    return { ok: false, reason: 'opinions_required' };
  }
  if (from === 'opinions' && ['approved', 'approved_with_conditions', 'refused'].includes(to) && ctx.pendingOpinions > 0) {
    return { ok: false, reason: 'opinions_pending' };
  }
  return { ok: true };
}

export function isPermitDecision(s: PermitState): s is PermitDecision {
  return (PERMIT_DECISIONS as readonly string[]).includes(s);
}

/** The citizen's progress bar: the main road, whatever detours the request took. */
export const PERMIT_PROGRESS: readonly PermitState[] = ['submitted', 'under_review', 'opinions', 'approved', 'issued', 'active', 'ended'];

/** Where a state sits on the progress bar (decisions share the "approved" step). */
export function permitProgressIndex(s: PermitState): number {
  const direct = PERMIT_PROGRESS.indexOf(s);
  if (direct >= 0) return direct;
  if (s === 'approved_with_conditions' || s === 'refused' || s === 'changes_requested') return PERMIT_PROGRESS.indexOf('approved');
  if (s === 'incomplete') return PERMIT_PROGRESS.indexOf('submitted');
  return -1;
}
