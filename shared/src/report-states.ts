/**
 * The report state machine, defined once. Used by the API (to validate transitions),
 * the staff SPA (to offer only legal moves), Open311 (open/closed) and the notifier.
 */
export const REPORT_STATES = ['new', 'acknowledged', 'planned', 'in_progress', 'fixed', 'not_responsible', 'duplicate', 'closed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

const CLOSED_STATES: ReadonlySet<ReportState> = new Set(['fixed', 'not_responsible', 'duplicate', 'closed']);
/** The states in which a report is still open (on the public map). */
export const OPEN_REPORT_STATES: readonly ReportState[] = REPORT_STATES.filter((s) => !CLOSED_STATES.has(s));

/** Legal moves from each state. Closed states can be reopened to "acknowledged" (as FixMyStreet allows). */
export const REPORT_TRANSITIONS: Readonly<Record<ReportState, readonly ReportState[]>> = {
  new: ['acknowledged', 'planned', 'in_progress', 'fixed', 'not_responsible', 'duplicate', 'closed'],
  acknowledged: ['planned', 'in_progress', 'fixed', 'not_responsible', 'duplicate', 'closed'],
  planned: ['in_progress', 'fixed', 'not_responsible', 'duplicate', 'closed'],
  in_progress: ['planned', 'fixed', 'not_responsible', 'duplicate', 'closed'],
  fixed: ['acknowledged', 'closed'],
  not_responsible: ['acknowledged', 'closed'],
  duplicate: ['acknowledged'],
  closed: ['acknowledged'],
};

export function isClosedState(state: ReportState): boolean {
  return CLOSED_STATES.has(state);
}

export function canTransition(from: ReportState, to: ReportState): boolean {
  return REPORT_TRANSITIONS[from].includes(to);
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'illegal' | 'same_state' | 'duplicate_target_required' | 'duplicate_of_self' };

/** Checks a requested move, including the rule that a duplicate must name the report it duplicates. */
export function checkTransition(
  from: ReportState,
  to: ReportState,
  opts: { reportId: string; duplicateOf?: string } = { reportId: '' },
): TransitionCheck {
  if (from === to) return { ok: false, reason: 'same_state' };
  if (!canTransition(from, to)) return { ok: false, reason: 'illegal' };
  if (to === 'duplicate') {
    if (!opts.duplicateOf) return { ok: false, reason: 'duplicate_target_required' };
    if (opts.duplicateOf === opts.reportId) return { ok: false, reason: 'duplicate_of_self' };
  }
  return { ok: true };
}

/** Open311 GeoReport v2 knows two statuses only. */
export function open311Status(state: ReportState): 'open' | 'closed' {
  return isClosedState(state) ? 'closed' : 'open';
}
