/**
 * Makes a recurrence's tasks ahead: every day of its rule from the day after the last made (or today, or its start)
 * to `horizonDays` after today, each a task due at the recurrence's Brussels wall time that day, with its first
 * activity item and its assignment items. Never twice: the task's id is derived from the recurrence and the day and
 * put with `attribute_not_exists`, so a re-run, or two runs at once, find the day made and move on; each task's
 * transaction also checks the recurrence's version, so a task is never made from a rule changed or deleted meanwhile.
 * Past days are not made (a recurrence created or resumed today starts today). Then `generatedUntil` moves forward,
 * guarded by the same version and never backwards (it does not bump the version: an agent editing the recurrence
 * meanwhile gets no 409 for it).
 */
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { addDays, brusselsWallToMs, type RecurrenceItem } from '@tandem/shared';
import { derivedIds } from '@tandem/shared/work/derived-id';
import { occurrences, parseRrule } from '@tandem/shared/work/rrule';
import { ddb, env } from '../lib/aws.js';
import { isTransactionConflict, type TransactEntry } from '../lib/versioned-write.js';
import { newTaskWrites } from './new-task-writes.js';
import { getTask } from './recurrence-store.js';

/** How far ahead tasks are made: three weeks, so that a team sees its coming weeks' rounds on its board and calendar. */
export const GENERATE_AHEAD_DAYS = 21;

export interface GenerateResult {
  made: number;
  /** Days already made (by an earlier or a concurrent run). */
  existing: number;
  /** The recurrence changed or went while we worked: left to the next run. */
  changed: boolean;
}

export async function generateRecurrence(
  rec: RecurrenceItem,
  today: string,
  at: string,
  horizonDays = GENERATE_AHEAD_DAYS,
): Promise<GenerateResult> {
  const result: GenerateResult = { made: 0, existing: 0, changed: false };
  const parsed = parseRrule(rec.rule);
  if (!rec.active || !parsed.ok) return result;
  const to = addDays(today, horizonDays);
  const after = rec.generatedUntil ? addDays(rec.generatedUntil, 1) : rec.start;
  const from = [after, today, rec.start].sort().at(-1)!;
  if (from > to) return result;
  for (const day of occurrences(parsed.rule, rec.start, { from, to })) {
    const outcome = await makeTask(rec, day, at);
    if (outcome === 'changed') return { ...result, changed: true };
    result[outcome]++;
  }
  await moveGeneratedUntil(rec, to);
  return result;
}

async function makeTask(rec: RecurrenceItem, day: string, at: string, attempt = 0): Promise<'made' | 'existing' | 'changed'> {
  const id = derivedIds.recurrenceTask(rec.id, day);
  const { entries } = newTaskWrites(
    {
      commune: rec.commune,
      id,
      title: rec.title,
      description: rec.description,
      department: rec.department,
      assignees: rec.assignees,
      priority: rec.priority,
      dueAt: new Date(brusselsWallToMs(day, rec.time)).toISOString(),
      checklist: rec.checklist.map((text, i) => ({ id: `c${i + 1}`, text, done: false })),
      ...(rec.place ? { place: rec.place } : {}),
      origin: { kind: 'recurrence', recurrence: rec.id, day },
      createdAt: at,
      createdBy: rec.createdBy,
    },
    { name: 'system' },
  );
  const check: TransactEntry = {
    ConditionCheck: {
      TableName: env().tableName,
      Key: { pk: rec.pk, sk: rec.sk },
      ConditionExpression: '#v = :v AND #a = :true',
      ExpressionAttributeNames: { '#v': 'version', '#a': 'active' },
      ExpressionAttributeValues: { ':v': rec.version, ':true': true },
    },
  };
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: [...entries, check] }));
    return 'made';
  } catch (e) {
    if (!(e instanceof TransactionCanceledException)) throw e;
    const reasons = e.CancellationReasons ?? [];
    if (reasons.at(-1)?.Code === 'ConditionalCheckFailed') return 'changed';
    if (reasons[0]?.Code === 'ConditionalCheckFailed') {
      const found = await getTask(rec.commune, id);
      if (found?.origin?.kind === 'recurrence' && found.origin.recurrence === rec.id && found.origin.day === day) return 'existing';
      throw new Error(`task id ${id} of recurrence ${rec.id} on ${day} is taken by another task`);
    }
    if (isTransactionConflict(e) && attempt < 4) {
      // A concurrent run is writing the same day (or the recurrence): once it lands, the conditions decide.
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 70));
      return makeTask(rec, day, at, attempt + 1);
    }
    throw e;
  }
}

async function moveGeneratedUntil(rec: RecurrenceItem, to: string): Promise<void> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: env().tableName,
        Key: { pk: rec.pk, sk: rec.sk },
        UpdateExpression: 'SET generatedUntil = :to',
        ConditionExpression: '#v = :v AND (attribute_not_exists(generatedUntil) OR generatedUntil < :to)',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': rec.version, ':to': to },
      }),
    );
  } catch (e) {
    // Changed meanwhile, or a concurrent run went as far: the next run starts from what is stored.
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
}
