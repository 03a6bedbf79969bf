import { describe, expect, it } from 'vitest';
import { checkRating, checkReopen, feedbackLastDay, feedbackOpen, FEEDBACK_DAYS } from './report-feedback.js';

describe('the 30-day window after a fix (Brussels calendar days)', () => {
  it('counts from the Brussels day of the fix, not the UTC one', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Brussels (winter, UTC+1).
    expect(feedbackLastDay('2027-03-01T23:30:00.000Z')).toBe('2027-04-01');
    // 22:30 UTC on 1 March is still 1 March in Brussels.
    expect(feedbackLastDay('2027-03-01T22:30:00.000Z')).toBe('2027-03-31');
  });

  it('ends at Brussels midnight across the spring change (UTC+1 → UTC+2)', () => {
    const fixedAt = '2027-03-01T23:30:00.000Z'; // 2 March, Brussels; window to 1 April (CEST)
    expect(feedbackOpen(fixedAt, '2027-04-01T21:59:59.000Z')).toBe(true); // 23:59:59 CEST on 1 April
    expect(feedbackOpen(fixedAt, '2027-04-01T22:00:00.000Z')).toBe(false); // 00:00 CEST on 2 April
  });

  it('ends at Brussels midnight across the autumn change (UTC+2 → UTC+1)', () => {
    const fixedAt = '2027-10-10T10:00:00.000Z'; // 10 October; last day 9 November (CET)
    expect(feedbackLastDay(fixedAt)).toBe('2027-11-09');
    expect(feedbackOpen(fixedAt, '2027-11-09T22:59:00.000Z')).toBe(true); // 23:59 CET
    expect(feedbackOpen(fixedAt, '2027-11-09T23:00:00.000Z')).toBe(false); // 00:00 CET on 10 November
  });

  it('is FEEDBACK_DAYS long', () => expect(FEEDBACK_DAYS).toBe(30));
});

describe('who may say « pas réparé »', () => {
  const fixedAt = '2027-05-03T08:00:00.000Z';
  const now = '2027-05-10T08:00:00.000Z';

  it('the report still fixed by that very fix, within the window', () => {
    expect(checkReopen({ state: 'fixed', closedAt: fixedAt }, fixedAt, now)).toEqual({ ok: true });
  });

  it('not once it is open again (a second reopen of the same fix)', () => {
    expect(checkReopen({ state: 'acknowledged' }, fixedAt, now)).toEqual({ ok: false, reason: 'not_fixed' });
  });

  it('not when staff closed it otherwise since', () => {
    expect(checkReopen({ state: 'closed', closedAt: '2027-05-04T08:00:00.000Z' }, fixedAt, now)).toEqual({
      ok: false,
      reason: 'not_fixed',
    });
  });

  it('not with the link of an earlier fix', () => {
    expect(checkReopen({ state: 'fixed', closedAt: '2027-05-08T08:00:00.000Z' }, fixedAt, now)).toEqual({ ok: false, reason: 'other_fix' });
  });

  it('not after the window, whatever the state', () => {
    expect(checkReopen({ state: 'fixed', closedAt: fixedAt }, fixedAt, '2027-06-03T08:00:00.000Z')).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(checkRating(fixedAt, '2027-06-03T08:00:00.000Z')).toEqual({ ok: false, reason: 'expired' });
    expect(checkRating(fixedAt, '2027-06-02T08:00:00.000Z')).toEqual({ ok: true });
  });
});
