import { describe, expect, it } from 'vitest';
import { REPORT_STATES, REPORT_TRANSITIONS, canTransition, checkTransition, isClosedState, open311Status } from './report-states.js';

describe('report state machine', () => {
  it('lists moves only to known states and never to itself', () => {
    for (const s of REPORT_STATES)
      for (const to of REPORT_TRANSITIONS[s]) {
        expect(REPORT_STATES).toContain(to);
        expect(to).not.toBe(s);
      }
  });
  it('follows the FixMyStreet-class path new → acknowledged → in progress → fixed', () => {
    expect(canTransition('new', 'acknowledged')).toBe(true);
    expect(canTransition('acknowledged', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'fixed')).toBe(true);
  });
  it('refuses jumping from a closed state to work states, but allows reopening', () => {
    expect(checkTransition('fixed', 'in_progress')).toEqual({ ok: false, reason: 'illegal' });
    expect(checkTransition('closed', 'acknowledged')).toEqual({ ok: true });
  });
  it('refuses a no-op move', () => {
    expect(checkTransition('new', 'new')).toEqual({ ok: false, reason: 'same_state' });
  });
  it('requires a duplicate to name another report', () => {
    expect(checkTransition('new', 'duplicate', { reportId: 'AAAA-BBBB' })).toEqual({ ok: false, reason: 'duplicate_target_required' });
    expect(checkTransition('new', 'duplicate', { reportId: 'AAAA-BBBB', duplicateOf: 'AAAA-BBBB' })).toEqual({
      ok: false,
      reason: 'duplicate_of_self',
    });
    expect(checkTransition('new', 'duplicate', { reportId: 'AAAA-BBBB', duplicateOf: 'CCCC-DDDD' })).toEqual({ ok: true });
  });
  it('maps states to Open311 open/closed', () => {
    expect(REPORT_STATES.filter(isClosedState)).toEqual(['fixed', 'not_responsible', 'duplicate', 'closed']);
    expect(open311Status('planned')).toBe('open');
    expect(open311Status('duplicate')).toBe('closed');
  });
  it('lets every open state reach a closed state', () => {
    for (const s of REPORT_STATES.filter((x) => !isClosedState(x))) expect(REPORT_TRANSITIONS[s].some(isClosedState)).toBe(true);
  });
});
