/**
 * DynamoDB access for appointments (shared/src/entities/appointment.ts, docs/appointments.md): the appointment, the
 * grid cells it holds (one conditional item each: a slot is never booked twice), the person's entries (the cap).
 * A booking is `insertNew` with the cells as items that must not exist; a move, a cancellation and an arrival are one
 * transaction each here: the appointment guarded by its version and state, the cells taken and released with it.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  addDays,
  keys,
  type AppointmentCellItem,
  type AppointmentItem,
  type AppointmentPersonItem,
  type AppointmentStatus,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { CONFLICT_RETRIES, isTransactionConflict, waitOutConflict, type TableItem, type TransactEntry } from '../lib/versioned-write.js';

const table = () => env().tableName;

export async function getAppointment(commune: string, code: string): Promise<AppointmentItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.appointment(commune, code), ConsistentRead: true }));
  return res.Item as AppointmentItem | undefined;
}

/** The Brussels months ("2027-03") from one day to another. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) out.push(m);
  return out;
}

/** The cells taken in a service from one Brussels day to another (whole months read: one partition each). */
export async function takenCells(commune: string, service: string, fromDay: string, toDay: string): Promise<Set<number>> {
  const months = monthsBetween(addDays(fromDay, -1), addDays(toDay, 1));
  const pages = await Promise.all(
    months.map(async (month) => {
      const out: number[] = [];
      const it = paginateQuery(
        { client: ddb() },
        {
          TableName: table(),
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.appointmentCellMonth(commune, service, month) },
          ProjectionExpression: 'sk',
          ConsistentRead: true,
        },
      );
      for await (const page of it) for (const i of page.Items ?? []) out.push(Date.parse(i.sk as string));
      return out;
    }),
  );
  return new Set(pages.flat());
}

/** How many appointments to come (after `nowIso`) the person of this address hash holds. */
export async function futureAppointmentCount(commune: string, emailHash: string, nowIso: string): Promise<number> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND sk > :now',
      ExpressionAttributeValues: { ':pk': keys.appointmentPerson(commune, emailHash), ':now': nowIso },
      Select: 'COUNT',
      ConsistentRead: true,
    }),
  );
  return res.Count ?? 0;
}

/** A day's appointments (every service), in time order. */
export async function dayAppointments(commune: string, day: string): Promise<AppointmentItem[]> {
  const out: AppointmentItem[] = [];
  const it = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.appointmentDay(commune, day) },
    },
  );
  for await (const page of it) out.push(...((page.Items ?? []) as AppointmentItem[]));
  return out;
}

export const cellItem = (commune: string, service: string, code: string, cellMs: number): AppointmentCellItem => ({
  ...keys.appointmentCell(commune, service, cellMs),
  type: 'appointment-cell',
  code,
});

export const personEntry = (commune: string, a: Pick<AppointmentItem, 'emailHash' | 'start' | 'code'>): AppointmentPersonItem => ({
  ...keys.appointmentPersonEntry(commune, a.emailHash, a.start, a.code),
  type: 'appointment-person',
  code: a.code,
  start: a.start,
  expiresAt: Math.floor(Date.parse(a.start) / 1000) + 86_400,
});

export interface AppointmentChange {
  current: AppointmentItem;
  /** The states it may change from. */
  from: readonly AppointmentStatus[];
  set: Partial<AppointmentItem>;
  /** Cells to take (must be free) and to release (must be this appointment's). */
  takeCells?: number[];
  releaseCells?: number[];
  /** The person's entry to drop and the one to add (a move changes its start). */
  dropPerson?: boolean;
  addPerson?: AppointmentPersonItem;
  /** New items (an audit entry): each must not exist yet. */
  puts?: TableItem[];
}

/**
 * The change in one transaction: 'applied'; 'stale' when the appointment changed meanwhile (another version, or no
 * longer in a state it may change from); 'taken' when a cell to take is someone else's.
 */
export async function changeAppointment(c: AppointmentChange, attempt = 0): Promise<'applied' | 'stale' | 'taken'> {
  const TableName = table();
  const a = c.current;
  const names: Record<string, string> = { '#v': 'version', '#st': 'status' };
  const values: Record<string, unknown> = { ':v': a.version, ':one': 1 };
  const sets = ['#v = #v + :one'];
  Object.entries(c.set).forEach(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    sets.push(`#s${i} = :s${i}`);
  });
  const states = c.from.map((s, i) => {
    values[`:from${i}`] = s;
    return `:from${i}`;
  });
  const take = c.takeCells ?? [];
  const entries: TransactEntry[] = [
    {
      Update: {
        TableName,
        Key: keys.appointment(a.commune, a.code),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `#v = :v AND #st IN (${states.join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    ...take.map((ms) => ({
      Put: { TableName, Item: cellItem(a.commune, a.service, a.code, ms), ConditionExpression: 'attribute_not_exists(pk)' },
    })),
    ...(c.releaseCells ?? []).map((ms) => ({
      Delete: {
        TableName,
        Key: keys.appointmentCell(a.commune, a.service, ms),
        ConditionExpression: 'attribute_not_exists(pk) OR #code = :code',
        ExpressionAttributeNames: { '#code': 'code' },
        ExpressionAttributeValues: { ':code': a.code },
      },
    })),
    ...(c.dropPerson ? [{ Delete: { TableName, Key: keys.appointmentPersonEntry(a.commune, a.emailHash, a.start, a.code) } }] : []),
    ...(c.addPerson ? [{ Put: { TableName, Item: c.addPerson } }] : []),
    ...(c.puts ?? []).map((Item) => ({ Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
  ];
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: entries }));
    return 'applied';
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'stale';
      if (reasons.slice(1, 1 + take.length).some((r) => r?.Code === 'ConditionalCheckFailed')) return 'taken';
      if (isTransactionConflict(e) && attempt < CONFLICT_RETRIES) {
        await waitOutConflict();
        return changeAppointment(c, attempt + 1);
      }
    }
    throw e;
  }
}
