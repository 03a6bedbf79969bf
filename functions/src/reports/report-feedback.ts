/**
 * The reporter's answer to a fix (docs/reopen-and-satisfaction.md), two public routes of the report-filing function
 * (the platform stack counts its resources), each needing the feedback link of the « réparé » mail (feedback-link.ts):
 *   POST /api/{commune}/reports/{code}/reopen   « pas réparé »: words (required), one photo (optional)
 *   POST /api/{commune}/reports/{code}/rating   satisfied or not, an optional comment
 * A reopen is a versioned change (versioned-change.ts): fixed → acknowledged with its timeline item (the words and
 * photo, staff only), the answer item (once per fix: a conditional put), the audit entry and the assignee's copy in
 * one transaction; a staff change landing first makes it a 409, a retry with its Idempotency-Key is answered again.
 * A rating is one conditional put per fix: the same rating again is answered 200, another one is a 409.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  REOPEN_STATE,
  RatingInput,
  ReopenInput,
  TRACKING_CODE_PATTERN,
  bucketKeys,
  checkRating,
  checkReopen,
  extensionFor,
  feedbackKeys,
  newFeedbackAnswer,
  newTimelineItem,
  normaliseTrackingCode,
  stateIndexes,
  type CommuneRegistration,
  type FeedbackAnswerItem,
  type FeedbackLinkItem,
  type FeedbackRefusal,
  type RatingDone,
  type ReportItem,
} from '@tandem/shared';
import { HttpError, conflict, header, json, notFound, parseBody, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { clock } from '../lib/clock.js';
import { ddb, env } from '../lib/aws.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { checkUpload, copyStored } from '../lib/stored-files.js';
import { feedbackLinkOf } from './feedback-link.js';
import { getReport, getReportWithTimeline } from './report-store.js';
import { assignmentEntries } from './report-assignment.js';
import { toPublicReport } from './report-item.js';
import { photoUrls } from './photos.js';

/** The problem of each refusal: a closed window is gone (410), an answer already given or overtaken is a 409. */
function refused(reason: FeedbackRefusal | 'rated'): HttpError {
  switch (reason) {
    case 'expired':
      return new HttpError(410, 'the 30 days to answer this fix are over', [], { reason });
    case 'not_fixed':
      return conflict('this report is no longer « fixed »: it was reopened or changed since this fix', { reason });
    case 'other_fix':
      return conflict('this link is for an earlier fix of this report; use the link of the latest « fixed » mail', { reason });
    case 'rated':
      return conflict('this fix has already been rated', { reason });
  }
}

/** The commune, the report's code and the link: the link must be one of this report's (else 403, nothing said of it). */
async function feedbackRequest(
  event: ApiEvent,
  token: string,
): Promise<{ reg: CommuneRegistration; code: string; link: FeedbackLinkItem }> {
  const reg = await communeFromPath(event);
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this tracking code');
  const link = await feedbackLinkOf(reg.config.id, code, token);
  if (!link)
    throw new HttpError(403, 'only the reporter may answer a fix, with the link of the « fixed » mail', [
      { name: 'token', reason: 'not a feedback link of this report' },
    ]);
  return { reg, code, link };
}

/** The reporter's photo, checked as a report's photos are, kept beside them under the fix's own name. */
async function adoptReopenPhoto(commune: string, code: string, fixedAt: string, upload: string): Promise<string> {
  const { type } = await checkUpload(commune, upload, 'photo', 'photo');
  const target = bucketKeys.reportReopenPhoto(commune, code, Date.parse(fixedAt), extensionFor(type as Parameters<typeof extensionFor>[0]));
  await copyStored(upload, target, type);
  return target;
}

async function publicView(commune: string, code: string, replayed: boolean): Promise<ApiResult> {
  const found = await getReportWithTimeline(commune, code);
  if (!found) throw notFound('no report has this tracking code');
  const view = toPublicReport(found.report, found.timeline, await photoUrls(found.report.photos));
  return json(200, view, replayed ? { 'idempotent-replayed': 'true' } : {});
}

export async function reopenReport(event: ApiEvent): Promise<ApiResult> {
  const input = parseBody(event, ReopenInput);
  const { reg, code, link } = await feedbackRequest(event, input.token);
  const commune = reg.config.id;
  const report = await getReport(commune, code);
  if (!report) throw notFound('no report has this tracking code');
  const now = clock.iso();
  return runVersionedChange<ReportItem>({
    commune,
    code,
    current: report,
    // The citizen sees no version: the one read here, so that a staff change landing in between wins (409).
    expectedVersion: report.version,
    at: now,
    idempotencyKey: checkedKey(header(event, 'idempotency-key')),
    requestHash: requestHash(event.routeKey, code, input),
    build: async (r) => {
      const check = checkReopen(r, link.fixedAt, now);
      if (!check.ok) throw refused(check.reason);
      const photos = input.photo ? [await adoptReopenPhoto(commune, code, link.fixedAt, input.photo)] : [];
      const idx = stateIndexes({ ...r, state: REOPEN_STATE }, now);
      const remove: (keyof ReportItem)[] = ['closedAt'];
      if (!idx.gsi3pk) remove.push('gsi3pk', 'gsi3sk');
      const set: Partial<ReportItem> = {
        state: REOPEN_STATE,
        gsi2pk: idx.gsi2pk,
        gsi2sk: idx.gsi2sk,
        ...(idx.gsi3pk ? { gsi3pk: idx.gsi3pk, gsi3sk: idx.gsi3sk } : {}),
      };
      const after: ReportItem = { ...r, ...set };
      for (const k of remove) delete after[k];
      const audit = auditEntry(
        auditContext(event, reg, { sub: 'reporter', email: '', name: 'Citoyen (lien « Réparé »)' }),
        now,
        'report.reopen',
        { kind: 'report', id: code },
        `fixed → ${REOPEN_STATE}`,
      );
      return {
        set,
        remove,
        puts: [
          // A state change like the staff's (same event, same notifications), marked as the reporter's, with their words.
          newTimelineItem(commune, code, now, {
            kind: 'state_changed',
            public: true,
            from: r.state,
            to: REOPEN_STATE,
            byCitizen: true,
            words: input.explanation,
            ...(photos.length ? { photos } : {}),
            department: r.department,
          }),
          newFeedbackAnswer({ commune, code, kind: 'reopen', fixedAt: link.fixedAt, at: now, department: r.department }),
          audit,
        ],
        more: assignmentEntries(reg.config, r, after),
      };
    },
    stale: () => conflict('the report changed just now; reload the page', { reason: 'not_fixed' }),
    reload: () => getReport(commune, code),
    answer: (replayed) => publicView(commune, code, replayed),
  });
}

export async function rateReport(event: ApiEvent): Promise<ApiResult> {
  const input = parseBody(event, RatingInput);
  const { reg, code, link } = await feedbackRequest(event, input.token);
  const commune = reg.config.id;
  const report = await getReport(commune, code);
  if (!report) throw notFound('no report has this tracking code');
  const now = clock.iso();
  const key = feedbackKeys.answer(commune, code, link.fixedAt, 'rating');
  const done = (a: Pick<FeedbackAnswerItem, 'fixedAt' | 'at' | 'satisfied'>, status: number): ApiResult => {
    const body: RatingDone = { code, rating: { fixedAt: a.fixedAt, at: a.at, satisfied: Boolean(a.satisfied) } };
    return json(status, body, status === 200 ? { 'idempotent-replayed': 'true' } : {});
  };
  // Once per fix: a retry of the same rating is answered as it was; changing it is refused (docs: why).
  const sameAsStored = async () => {
    const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: key, ConsistentRead: true }));
    const stored = res.Item as FeedbackAnswerItem | undefined;
    if (stored && stored.satisfied === input.satisfied && (stored.comment ?? '') === (input.comment ?? '')) return stored;
    if (stored) throw refused('rated');
    return undefined;
  };
  const previous = await sameAsStored();
  if (previous) return done(previous, 200);
  const check = checkRating(link.fixedAt, now);
  if (!check.ok) throw refused(check.reason);
  const item = newFeedbackAnswer({
    commune,
    code,
    kind: 'rating',
    fixedAt: link.fixedAt,
    at: now,
    department: report.department,
    satisfied: input.satisfied,
    ...(input.comment ? { comment: input.comment } : {}),
  });
  try {
    await ddb().send(new PutCommand({ TableName: env().tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
    const raced = await sameAsStored();
    if (raced) return done(raced, 200);
    throw refused('rated');
  }
  return done(item, 201);
}
