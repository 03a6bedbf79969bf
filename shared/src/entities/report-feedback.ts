/**
 * The citizen's answers to a fix (docs/reopen-and-satisfaction.md):
 * - the feedback link (one per « réparé » mail): `C#c#FEEDBACKLINK#<sha256(token)>`, what it allows (the report and
 *   the fix), expiring with the window (TTL a month later);
 * - one answer item per report, fix and kind, in the report's partition (`FEEDBACK#<fixedAt>#<kind>`, a conditional
 *   put: once per fix), indexed on gsi1 in the commune's satisfaction list by instant (the statistics read a period).
 */
import { communePrefix } from './key-parts.js';
import { reportKeys } from './report.js';

export const FEEDBACK_ANSWER_PREFIX = 'FEEDBACK#';
export type FeedbackKind = 'reopen' | 'rating';

export const feedbackKeys = {
  link: (commune: string, tokenHash: string) => ({ pk: `${communePrefix(commune)}FEEDBACKLINK#${tokenHash}`, sk: 'FEEDBACKLINK' }),
  answer: (commune: string, code: string, fixedAt: string, kind: FeedbackKind) => ({
    pk: reportKeys.reportPk(commune, code),
    sk: `${FEEDBACK_ANSWER_PREFIX}${fixedAt}#${kind}`,
  }),
  /** gsi1: the commune's answers by instant (statistics). */
  satisfaction: (commune: string) => `${communePrefix(commune)}SATISFACTION`,
};

export interface FeedbackLinkItem {
  pk: string;
  sk: string;
  type: 'feedback-link';
  commune: string;
  code: string;
  /** The instant of the fix the link answers (the report's closedAt then, and its timeline item's instant). */
  fixedAt: string;
  createdAt: string;
  /** TTL (epoch seconds): a month after the window closes. */
  expiresAt: number;
}

export interface FeedbackAnswerItem {
  pk: string;
  sk: string;
  type: 'feedback';
  commune: string;
  code: string;
  kind: FeedbackKind;
  fixedAt: string;
  at: string;
  /** The department that fixed it (the report's at the time of the answer): the statistics' row. */
  department: string;
  /** Ratings: satisfied or not, and the citizen's optional words. */
  satisfied?: boolean;
  comment?: string;
  gsi1pk: string;
  gsi1sk: string;
}

export function newFeedbackAnswer(a: Omit<FeedbackAnswerItem, 'pk' | 'sk' | 'type' | 'gsi1pk' | 'gsi1sk'>): FeedbackAnswerItem {
  return {
    ...feedbackKeys.answer(a.commune, a.code, a.fixedAt, a.kind),
    type: 'feedback',
    ...a,
    gsi1pk: feedbackKeys.satisfaction(a.commune),
    gsi1sk: `${a.at}#${a.code}#${a.kind}`,
  };
}
