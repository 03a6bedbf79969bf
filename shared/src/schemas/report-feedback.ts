/** The feedback routes' bodies and answers (docs/reopen-and-satisfaction.md). */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { FEEDBACK_TOKEN_PATTERN } from '../report-feedback.js';
import { UPLOAD_KEY_PATTERN } from '../uploads.js';

export const REOPEN_WORDS_MIN = 10;
export const REOPEN_WORDS_MAX = 1000;
export const RATING_COMMENT_MAX = 1000;

const FeedbackToken = z.string().regex(FEEDBACK_TOKEN_PATTERN, 'not a feedback link of this platform');

/** POST /api/{commune}/reports/{code}/reopen: « pas réparé », the citizen's words (required) and one photo (optional). */
export const ReopenInput = z.object({
  token: FeedbackToken,
  explanation: plainText()
    .trim()
    .min(REOPEN_WORDS_MIN, `expliquez ce qui ne va pas en ${REOPEN_WORDS_MIN} caractères au moins`)
    .max(REOPEN_WORDS_MAX),
  photo: z.string().regex(UPLOAD_KEY_PATTERN, 'not an upload key of this platform').optional(),
});
export type ReopenInput = z.infer<typeof ReopenInput>;

/** POST /api/{commune}/reports/{code}/rating: satisfied or not with the answer, and an optional comment. */
export const RatingInput = z.object({
  token: FeedbackToken,
  satisfied: z.boolean(),
  comment: plainText().trim().max(RATING_COMMENT_MAX).optional(),
});
export type RatingInput = z.infer<typeof RatingInput>;

/** A rating as the staff see it on the report (the comment is the citizen's words: shown as text, never as HTML). */
export const ReportRatingView = z.object({
  fixedAt: z.string().describe('The instant of the fix this rating is about.'),
  at: z.string(),
  satisfied: z.boolean(),
  comment: z.string().optional(),
});
export type ReportRatingView = z.infer<typeof ReportRatingView>;

/** The answer to a rating. */
export const RatingDone = z.object({ code: z.string(), rating: ReportRatingView.omit({ comment: true }) });
export type RatingDone = z.infer<typeof RatingDone>;
