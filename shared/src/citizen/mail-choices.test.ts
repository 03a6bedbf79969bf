import { describe, expect, it } from 'vitest';
import { PERMIT_STATES } from '../permits/permit-states.js';
import { REPORT_STATES } from '../report-states.js';
import { mailWanted } from './mail-choices.js';

describe('mailWanted', () => {
  it('sends everything at every step', () => {
    for (const to of PERMIT_STATES) expect(mailWanted('every-step', 'permit', { kind: 'state_changed', to })).toBe(true);
    expect(mailWanted('every-step', 'report', { kind: 'public_update' })).toBe(true);
    expect(mailWanted('every-step', 'report', { kind: 'created' })).toBe(true);
  });

  it('keeps, with « l’essentiel », what is expected of the person and the end, never a mail of right', () => {
    const permit = (to: string) => mailWanted('essential', 'permit', { kind: 'state_changed', to });
    // A receipt, a request for information or changes, the decision, the end: always.
    for (const to of ['submitted', 'incomplete', 'changes_requested', 'approved', 'refused', 'issued', 'withdrawn', 'cancelled', 'ended'])
      expect(permit(to), to).toBe(true);
    // The steps in between and public updates: off.
    for (const to of ['under_review', 'opinions', 'active']) expect(permit(to), to).toBe(false);
    expect(mailWanted('essential', 'permit', { kind: 'public_update' })).toBe(false);

    const report = (to: string) => mailWanted('essential', 'report', { kind: 'state_changed', to });
    const closed = ['fixed', 'not_responsible', 'duplicate', 'closed'];
    for (const to of REPORT_STATES) expect(report(to), to).toBe(closed.includes(to));
    expect(mailWanted('essential', 'report', { kind: 'created' })).toBe(false);
    expect(mailWanted('essential', 'report', { kind: 'public_update' })).toBe(false);
  });
});
