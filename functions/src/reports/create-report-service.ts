/**
 * Filing a report, shared by the web API and Open311's POST: validation against the commune's
 * categories, idempotency, photos, one transaction for the report and its first timeline item.
 */
import {
  checkAnswers,
  citizenRequestItem,
  findCategory,
  inBoundary,
  keys,
  newTimelineItem,
  newTrackingCode,
  reportListIndex,
  stateIndexes,
  type CommuneRegistration,
  type CreateReportInput,
  type AuditEntryItem,
  type ReportItem,
  type ServiceReporter,
  type CounterMark,
  type TimelineItem,
} from '@tandem/shared';
import { HttpError, unprocessable } from '../lib/http.js';
import { clock } from '../lib/clock.js';
import { checkedKey, idempotencyRecord, previousResult, requestHash as hashOf } from '../lib/idempotency.js';
import { adoptPhotos } from './photos.js';
import { getReport, insertReport } from './report-store.js';
import { contactEntries } from '../counter/contact-index.js';

export interface CreateOutcome {
  report: ReportItem;
  /** false when an earlier request with the same Idempotency-Key already created it. */
  created: boolean;
  /** The report's timeline when it was just created (a replay reads it from the table). */
  timeline?: TimelineItem[];
}

export async function createReport(
  reg: CommuneRegistration,
  input: CreateReportInput,
  opts: {
    idempotencyKey?: string;
    source: ReportItem['source'];
    now?: Date;
    /** A staff member filing from the field (source `service`): kept as `reportedBy`; the category's questions are not asked. */
    reporter?: ServiceReporter;
    /**
     * Encoded at the counter on a citizen's behalf (docs/counter.md, source `counter`): the agent and the channel, kept as
     * `encodedBy` and on the first timeline item (every view), with the phone and postal address the citizen gave.
     */
    counter?: { mark: CounterMark; phone?: string; postalAddress?: string };
    /** The audit entry of a staff member's filing, written in the report's transaction. */
    audit?: (code: string, at: string) => AuditEntryItem;
    /** A citizen signed in: the report joins their account (its `sub`), read back by key in « my space ». */
    account?: string;
  },
): Promise<CreateOutcome> {
  const commune = reg.config.id;
  const category = findCategory(reg.config, input.category);
  if (!category) throw unprocessable('unknown category', [{ name: 'category', reason: `no category "${input.category}" in ${commune}` }]);
  const answers = opts.reporter ? { ok: true as const, answers: {} } : checkAnswers(category, input.answers);
  if (!answers.ok) throw unprocessable('some answers are missing or not valid', answers.params);
  if (input.location && !inBoundary(input.location, reg.config.map.boundary)) {
    throw unprocessable('this place is outside the commune', [{ name: 'location', reason: `outside ${reg.config.name}` }]);
  }

  // The staff member is part of the request: the same key from two people is two requests.
  const by = opts.reporter?.sub ?? opts.counter?.mark.sub ?? opts.account;
  const requestHash = by ? hashOf(input, by, opts.counter ?? null) : hashOf(input);
  const idempotencyKey = checkedKey(opts.idempotencyKey);
  if (idempotencyKey) {
    const replay = await replayOf(commune, idempotencyKey, requestHash);
    if (replay) return replay;
  }

  const now = (opts.now ?? clock.now()).toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newTrackingCode();
    const photos = await adoptPhotos(commune, code, input.photos);
    const base = { commune, code, state: 'new' as const, createdAt: now, category: category.code, location: input.location };
    const report: ReportItem = {
      ...keys.report(commune, code),
      type: 'report',
      ...base,
      department: category.department,
      description: input.description,
      ...(input.address ? { address: input.address } : {}),
      answers: answers.answers,
      photos,
      ...(input.email ? { email: input.email } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(opts.counter?.phone ? { phone: opts.counter.phone } : {}),
      ...(opts.counter?.postalAddress ? { postalAddress: opts.counter.postalAddress } : {}),
      locale: input.locale,
      updatedAt: now,
      version: 1,
      source: opts.source,
      ...(opts.reporter ? { reportedBy: opts.reporter } : {}),
      ...(opts.counter ? { encodedBy: opts.counter.mark } : {}),
      ...(opts.account ? { account: opts.account } : {}),
      ...reportListIndex(commune, code, now),
      ...definedOnly(stateIndexes(base)),
    } as ReportItem;
    const mark = opts.counter?.mark;
    const first = newTimelineItem(commune, code, now, {
      kind: 'created',
      public: true,
      to: 'new',
      department: category.department,
      ...(mark ? { encoded: { by: mark.name, channel: mark.channel } } : {}),
    });
    const idem = idempotencyKey ? idempotencyRecord(commune, idempotencyKey, requestHash, code, now) : undefined;
    // The citizen's contact index (docs/counter.md) and, signed in, the account's entry: written with the report, read by key.
    const index = contactEntries(commune, { email: input.email, phone: opts.counter?.phone }, 'report', code, now);
    const mine = opts.account ? [citizenRequestItem(commune, opts.account, { kind: 'report', code, createdAt: now }, 'filed', now)] : [];
    const outcome = await insertReport(report, first, idem, opts.audit?.(code, now), [...index, ...mine]);
    if (outcome === 'created') return { report, created: true, timeline: [first] };
    if (outcome === 'idempotency_taken') {
      // A concurrent retry won the race: answer with what it created.
      const replay = await replayOf(commune, idempotencyKey!, requestHash);
      if (replay) return replay;
      throw new HttpError(409, 'the same request is being processed; retry in a moment');
    }
    if (outcome === 'busy') {
      // A concurrent retry of the same submission holds the idempotency record: wait, then answer with its report.
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      if (idempotencyKey) {
        const replay = await replayOf(commune, idempotencyKey, requestHash);
        if (replay) return replay;
      }
    }
    // code_taken (astronomically rare) or busy: try again.
  }
  throw new Error('could not allocate a tracking code');
}

async function replayOf(commune: string, key: string, hash: string): Promise<CreateOutcome | undefined> {
  const code = await previousResult(commune, key, hash);
  const report = code ? await getReport(commune, code) : undefined;
  return report ? { report, created: false } : undefined;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
