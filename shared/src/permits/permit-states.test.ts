import { describe, expect, it } from 'vitest';
import {
  PERMIT_EDITABLE_STATES,
  PERMIT_FINAL_STATES,
  PERMIT_PROGRESS,
  PERMIT_STATES,
  checkPermitTransition,
  isPermitDecision,
  permitMoves,
  permitProgressIndex,
  type PermitActor,
  type PermitState,
} from './permit-states.js';

const ACTORS: PermitActor[] = ['requester', 'staff', 'system'];
const DECISIONS: PermitState[] = ['approved', 'approved_with_conditions', 'refused', 'changes_requested'];

/** The whole machine, written out by hand from the rules (not derived from the code). */
const EXPECTED: Record<PermitState, Record<PermitActor, PermitState[]>> = {
  draft: { requester: ['submitted', 'withdrawn'], staff: [], system: [] },
  submitted: { requester: ['withdrawn'], staff: ['under_review', 'incomplete', 'cancelled'], system: [] },
  incomplete: { requester: ['submitted', 'withdrawn'], staff: ['cancelled'], system: [] },
  under_review: { requester: ['withdrawn'], staff: ['opinions', 'incomplete', ...DECISIONS, 'cancelled'], system: [] },
  opinions: { requester: ['withdrawn'], staff: ['incomplete', ...DECISIONS, 'cancelled'], system: [] },
  approved: { requester: ['withdrawn'], staff: ['issued', 'cancelled'], system: [] },
  approved_with_conditions: { requester: ['withdrawn'], staff: ['issued', 'cancelled'], system: [] },
  changes_requested: { requester: ['submitted', 'withdrawn'], staff: ['cancelled'], system: [] },
  issued: { requester: [], staff: ['cancelled'], system: ['active', 'ended'] },
  active: { requester: [], staff: ['cancelled'], system: ['ended'] },
  refused: { requester: [], staff: [], system: [] },
  ended: { requester: [], staff: [], system: [] },
  withdrawn: { requester: [], staff: [], system: [] },
  cancelled: { requester: [], staff: [], system: [] },
};

const sorted = (a: readonly string[]) => [...a].sort();

describe('permit moves', () => {
  it('covers every state', () => {
    expect(sorted(Object.keys(EXPECTED))).toEqual(sorted(PERMIT_STATES));
  });

  for (const from of PERMIT_STATES) {
    for (const actor of ACTORS) {
      it(`${from}, by ${actor}: ${EXPECTED[from][actor].join(', ') || 'nothing'}`, () => {
        expect(sorted(permitMoves(from, actor))).toEqual(sorted(EXPECTED[from][actor]));
      });
    }
  }

  it('lets the requester withdraw until the permit is issued, and not after', () => {
    for (const s of [
      'draft',
      'submitted',
      'incomplete',
      'under_review',
      'opinions',
      'approved',
      'approved_with_conditions',
      'changes_requested',
    ] as const) {
      expect(permitMoves(s, 'requester'), s).toContain('withdrawn');
    }
    for (const s of ['issued', 'active', 'refused', 'ended', 'withdrawn', 'cancelled'] as const) {
      expect(permitMoves(s, 'requester'), s).not.toContain('withdrawn');
    }
    expect(permitMoves('submitted', 'staff')).not.toContain('withdrawn');
  });

  it('lets staff cancel any non-final state but a draft', () => {
    for (const s of PERMIT_STATES) {
      const expected = s !== 'draft' && !PERMIT_FINAL_STATES.has(s);
      expect(permitMoves(s, 'staff').includes('cancelled'), s).toBe(expected);
      expect(permitMoves(s, 'requester'), s).not.toContain('cancelled');
    }
  });

  it('has no way out of a final state, for anyone', () => {
    expect(sorted([...PERMIT_FINAL_STATES])).toEqual(['cancelled', 'ended', 'refused', 'withdrawn']);
    for (const s of PERMIT_FINAL_STATES) for (const a of ACTORS) expect(permitMoves(s, a), `${s}/${a}`).toEqual([]);
  });

  it('has a way out of every other state, and reaches every state from a draft', () => {
    for (const s of PERMIT_STATES) {
      if (PERMIT_FINAL_STATES.has(s)) continue;
      expect(ACTORS.flatMap((a) => permitMoves(s, a)).length, s).toBeGreaterThan(0);
    }
    const seen = new Set<PermitState>(['draft']);
    const queue: PermitState[] = ['draft'];
    while (queue.length) {
      const s = queue.shift()!;
      for (const a of ACTORS)
        for (const t of permitMoves(s, a))
          if (!seen.has(t)) {
            seen.add(t);
            queue.push(t);
          }
    }
    expect(sorted([...seen])).toEqual(sorted(PERMIT_STATES));
  });

  it('lets the requester resubmit from every editable state', () => {
    for (const s of PERMIT_EDITABLE_STATES) expect(permitMoves(s, 'requester'), s).toContain('submitted');
  });
});

describe('checkPermitTransition', () => {
  const withReviewers = { hasReviewers: true, pendingOpinions: 0 };

  it('accepts every legal move by its actor', () => {
    for (const from of PERMIT_STATES) {
      for (const actor of ACTORS) {
        for (const to of EXPECTED[from][actor]) {
          // From review, a decision needs the opinions step when the kind has reviewers (tested below).
          const ctx = from === 'under_review' && to !== 'opinions' ? { hasReviewers: false, pendingOpinions: 0 } : withReviewers;
          expect(checkPermitTransition(from, to, actor, ctx), `${from} → ${to} by ${actor}`).toEqual({ ok: true });
        }
      }
    }
  });

  it('refuses staying in the same state', () => {
    expect(checkPermitTransition('submitted', 'submitted', 'staff')).toEqual({ ok: false, reason: 'same_state' });
    expect(checkPermitTransition('refused', 'refused', 'staff')).toEqual({ ok: false, reason: 'same_state' });
  });

  it('says not_yours when another actor could make the move', () => {
    expect(checkPermitTransition('submitted', 'under_review', 'requester')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('draft', 'submitted', 'staff')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('incomplete', 'submitted', 'staff')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('issued', 'active', 'staff')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('submitted', 'withdrawn', 'staff')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('submitted', 'cancelled', 'requester')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('under_review', 'approved', 'requester')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('approved', 'issued', 'system')).toEqual({ ok: false, reason: 'not_yours' });
    expect(checkPermitTransition('active', 'cancelled', 'system')).toEqual({ ok: false, reason: 'not_yours' });
  });

  it('says illegal when nobody could make the move', () => {
    expect(checkPermitTransition('submitted', 'issued', 'staff')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('draft', 'approved', 'staff')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('draft', 'cancelled', 'staff')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('issued', 'withdrawn', 'requester')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('active', 'withdrawn', 'requester')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('refused', 'submitted', 'requester')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('ended', 'active', 'system')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('cancelled', 'submitted', 'requester')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('approved', 'refused', 'staff')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkPermitTransition('changes_requested', 'approved', 'staff')).toEqual({ ok: false, reason: 'illegal' });
  });

  it('skips the opinions step for a kind without reviewers', () => {
    expect(checkPermitTransition('under_review', 'opinions', 'staff')).toEqual({ ok: false, reason: 'opinions_skipped' });
    expect(checkPermitTransition('under_review', 'opinions', 'staff', { hasReviewers: false, pendingOpinions: 0 })).toEqual({
      ok: false,
      reason: 'opinions_skipped',
    });
    expect(checkPermitTransition('under_review', 'opinions', 'staff', withReviewers)).toEqual({ ok: true });
    // Without reviewers, the decision comes straight from review.
    expect(checkPermitTransition('under_review', 'approved', 'staff', { hasReviewers: false, pendingOpinions: 0 })).toEqual({ ok: true });
  });

  it('asks for opinions before approving or refusing when the kind has reviewers', () => {
    for (const to of ['approved', 'approved_with_conditions', 'refused'] as const) {
      expect(checkPermitTransition('under_review', to, 'staff', withReviewers), to).toEqual({ ok: false, reason: 'opinions_required' });
    }
    expect(checkPermitTransition('under_review', 'changes_requested', 'staff', withReviewers)).toEqual({ ok: true });
    expect(checkPermitTransition('under_review', 'incomplete', 'staff', withReviewers)).toEqual({ ok: true });
  });

  it('waits for every opinion before approving or refusing', () => {
    const pending = { hasReviewers: true, pendingOpinions: 2 };
    for (const to of ['approved', 'approved_with_conditions', 'refused'] as const) {
      expect(checkPermitTransition('opinions', to, 'staff', pending), to).toEqual({ ok: false, reason: 'opinions_pending' });
      expect(checkPermitTransition('opinions', to, 'staff', { hasReviewers: true, pendingOpinions: 1 }), to).toEqual({
        ok: false,
        reason: 'opinions_pending',
      });
      expect(checkPermitTransition('opinions', to, 'staff', withReviewers), to).toEqual({ ok: true });
    }
    // Asking for changes or for missing information does not wait; nor does cancelling or withdrawing.
    expect(checkPermitTransition('opinions', 'changes_requested', 'staff', pending)).toEqual({ ok: true });
    expect(checkPermitTransition('opinions', 'incomplete', 'staff', pending)).toEqual({ ok: true });
    expect(checkPermitTransition('opinions', 'cancelled', 'staff', pending)).toEqual({ ok: true });
    expect(checkPermitTransition('opinions', 'withdrawn', 'requester', pending)).toEqual({ ok: true });
  });

  it('checks legality before opinions', () => {
    // A requester cannot approve, pending opinions or not.
    expect(checkPermitTransition('opinions', 'approved', 'requester', { hasReviewers: true, pendingOpinions: 3 })).toEqual({
      ok: false,
      reason: 'not_yours',
    });
    expect(checkPermitTransition('submitted', 'opinions', 'staff', { hasReviewers: false, pendingOpinions: 0 })).toEqual({
      ok: false,
      reason: 'illegal',
    });
  });
});

describe('decisions and progress', () => {
  it('knows the decisions', () => {
    expect(PERMIT_STATES.filter(isPermitDecision)).toEqual(DECISIONS);
  });

  it('places each state on the citizen’s progress bar', () => {
    expect(PERMIT_PROGRESS).toEqual(['submitted', 'under_review', 'opinions', 'approved', 'issued', 'active', 'ended']);
    const expected: Record<PermitState, number> = {
      draft: -1,
      submitted: 0,
      incomplete: 0,
      under_review: 1,
      opinions: 2,
      approved: 3,
      approved_with_conditions: 3,
      refused: 3,
      changes_requested: 3,
      issued: 4,
      active: 5,
      ended: 6,
      withdrawn: -1,
      cancelled: -1,
    };
    for (const s of PERMIT_STATES) expect(permitProgressIndex(s), s).toBe(expected[s]);
  });
});
