/**
 * Scheduled daily (see SCHEDULES): for every commune, the requests closed longer ago than the commune's
 * retention (privacy.retentionMonths, default 12) lose their requester's personal data. It reads only the
 * erasure queue (gsi3, sorted by closure: entities/personal-data.ts), a page at a time; each erasure takes
 * the item out of the queue, so a run cut short (time budget, failure) resumes where it stopped, and a
 * second run finds nothing to do. Each item is read again before it is erased: a report reopened meanwhile
 * has left the queue and is skipped.
 */
import type { Context } from 'aws-lambda';
import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import {
  type CommuneConfig,
  brusselsDate,
  isClosedState,
  keys,
  parseErasureDue,
  PERMIT_FINAL_STATES,
  retentionCutoff,
  retentionMonthsOf,
  type PersonalDataEntity,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { listCommunes } from '../communes/commune-store.js';
import { asCommune } from '../lib/tenant.js';
import { erasePersonalData, findRequest, itemOf } from './personal-data-store.js';

/** Items erased in parallel, one queue page at a time. */
export const ERASURE_BATCH = 25;
/** Stop and leave the rest to the next run when less than this is left of the invocation's time. */
const TIME_MARGIN_MS = 5_000;

export interface ErasureRunResult {
  erased: number;
  /** Read again and found not due (reopened, or changed during the run: the next run tries again). */
  skipped: number;
  /** 1 when the run stopped for lack of time with items still due. */
  unfinished: number;
}

/** The scheduler's event (EventBridge's scheduled event has `time`); `today` may be forced (ops, tests). */
export const handler = backgroundHandler(
  'privacy/erase-expired-personal-data',
  async (event: { time?: string; today?: string } = {}, context?: Context): Promise<ErasureRunResult> => {
    const today = event.today ?? (event.time ? brusselsDate(event.time) : clock.today());
    const result: ErasureRunResult = { erased: 0, skipped: 0, unfinished: 0 };
    const outOfTime = () => Boolean(context && context.getRemainingTimeInMillis() < TIME_MARGIN_MS);
    for (const reg of await listCommunes()) {
      // Each commune's work under that commune's credentials (tenant isolation: lib/tenant.ts).
      const done = await asCommune(reg.config.id, () => eraseCommune(reg.config, today, result, outOfTime));
      if (!done) {
        result.unfinished = 1;
        return result;
      }
    }
    return result;
  },
);

/** Erases what is due in one commune; false when the invocation ran out of time. */
async function eraseCommune(config: CommuneConfig, today: string, result: ErasureRunResult, outOfTime: () => boolean): Promise<boolean> {
  const commune = config.id;
  const cutoff = retentionCutoff(today, retentionMonthsOf(config));
  const pages = paginateQuery(
    { client: ddb(), pageSize: ERASURE_BATCH },
    {
      TableName: env().tableName,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :cutoff',
      ExpressionAttributeValues: { ':pk': keys.erasureDue(commune), ':cutoff': cutoff },
      ProjectionExpression: 'gsi3sk',
    },
  );
  for await (const page of pages) {
    const due = (page.Items ?? []).map((i) => parseErasureDue(String(i.gsi3sk))).filter((d) => d !== undefined);
    const outcomes = await Promise.all(due.map((d) => eraseIfDue(commune, d.entity, d.code, cutoff, clock.iso())));
    for (const o of outcomes) result[o]++;
    if (outOfTime()) return false;
  }
  return true;
}

async function eraseIfDue(
  commune: string,
  entity: PersonalDataEntity,
  code: string,
  cutoff: string,
  at: string,
): Promise<'erased' | 'skipped'> {
  const found = await findRequest(commune, code, entity);
  if (!found) return 'skipped';
  const item = itemOf(found);
  const closed = found.kind === 'report' ? isClosedState(found.report.state) : PERMIT_FINAL_STATES.has(found.bundle.permit.state);
  if (!closed || !item.closedAt || item.closedAt >= cutoff || item.gsi3pk !== keys.erasureDue(commune)) return 'skipped';
  return (await erasePersonalData(found, { at, onRequest: false })) === 'applied' ? 'erased' : 'skipped';
}
