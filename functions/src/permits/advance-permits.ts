/**
 * Scheduled (see SCHEDULES): for every commune, issued permits become active on their first day and
 * ended after their last (both public timeline items, so the requester is told), and departments get one
 * reminder when an opinion they owe is due within two working days. Safe to run twice: every change is
 * guarded by the permit's version or a condition on the opinion.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  addWorkingDays,
  brusselsDate,
  keys,
  newPermitTimelineItem,
  permitIndexes,
  closingFields,
  type CommuneRegistration,
  type PermitItem,
  type PermitState,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { versionedWrite } from '../lib/versioned-write.js';
import { clock } from '../lib/clock.js';
import { listCommunes } from '../communes/commune-store.js';
import { pendingOpinionsOf, permitsInState } from './permit-store.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { asCommune } from '../lib/tenant.js';

export const REMINDER_WORKING_DAYS = 2;

export interface AdvanceResult {
  activated: number;
  ended: number;
  reminded: number;
}

/** The scheduler's event (EventBridge's scheduled event has `time`); `today` may be forced (ops, tests). */
export const handler = backgroundHandler(
  'permits/advance-permits',
  async (event: { time?: string; today?: string } = {}): Promise<AdvanceResult> => {
    const today = event.today ?? (event.time ? brusselsDate(event.time) : clock.today());
    const result: AdvanceResult = { activated: 0, ended: 0, reminded: 0 };
    for (const reg of await listCommunes()) {
      // Each commune with its own tenant credentials: a permit of one commune cannot be moved under another's.
      await asCommune(reg.config.id, () => advanceCommune(reg, today, result));
    }
    return result;
  },
);

async function advanceCommune(reg: CommuneRegistration, today: string, result: AdvanceResult): Promise<void> {
  const commune = reg.config.id;
  for (const p of await permitsInState(commune, 'issued', today)) {
    const to: PermitState = p.details.period.end < today ? 'ended' : 'active';
    if (await move(p, to)) result[to === 'active' ? 'activated' : 'ended']++;
  }
  for (const p of await permitsInState(commune, 'active')) {
    if (p.details.period.end < today && (await move(p, 'ended'))) result.ended++;
  }
  const soon = addWorkingDays(today, REMINDER_WORKING_DAYS, reg.config.permits?.closingDays ?? []);
  for (const d of reg.config.departments) {
    for (const o of await pendingOpinionsOf(commune, d.code, soon)) {
      if (!o.remindedAt && (await remind(commune, o.code, d.code))) result.reminded++;
    }
  }
}

async function move(p: PermitItem, to: PermitState): Promise<boolean> {
  const at = clock.iso();
  const item = newPermitTimelineItem(p.commune, p.code, at, { kind: 'state_changed', public: true, from: p.state, to, actor: 'system' });
  const outcome = await versionedWrite({
    key: { pk: p.pk, sk: p.sk },
    expectedVersion: p.version,
    set: { state: to, gsi2pk: permitIndexes({ ...p, state: to }).gsi2pk, ...closingFields(p, to, at), updatedAt: at },
    puts: [item],
  });
  return outcome === 'applied';
}

/** Marks the opinion reminded and writes the reminder's timeline item (which the bus turns into a mail). */
async function remind(commune: string, code: string, department: string): Promise<boolean> {
  const at = clock.iso();
  const item = newPermitTimelineItem(commune, code, at, { kind: 'opinion_reminder', public: false, department, actor: 'system' });
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: env().tableName,
              Key: keys.opinion(commune, code, department),
              UpdateExpression: 'SET remindedAt = :at',
              ConditionExpression: '#st = :pending AND attribute_not_exists(remindedAt)',
              ExpressionAttributeNames: { '#st': 'status' },
              ExpressionAttributeValues: { ':at': at, ':pending': 'pending' },
            },
          },
          { Put: { TableName: env().tableName, Item: item } },
        ],
      }),
    );
    return true;
  } catch (e) {
    if (e instanceof TransactionCanceledException) return false;
    throw e;
  }
}
