/**
 * DynamoDB access for appointments (shared/src/entities/appointment.ts, docs/appointments.md): the appointment, the
 * grid cells it holds (one conditional item each: a slot is never booked twice), the person's entries (the cap).
 * A booking is `insertNew` with the cells as items that must not exist; a move, a cancellation and an arrival are one
 * transaction each here: the appointment guarded by its version and state, the cells taken and released with it.
 */
import { GetCommand, QueryCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
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
import { type TableItem, versionedWrite } from '../lib/versioned-write.js';

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

/**
 * The cells taken in a service from one Brussels day to another: each month's partition read only between the first
 * day's eve and the last day's morrow (cells are sorted by their UTC instant), so that checking one start reads a day.
 */
export async function takenCells(commune: string, service: string, fromDay: string, toDay: string): Promise<Set<number>> {
  const lo = `${addDays(fromDay, -1)}T00:00:00.000Z`;
  const hi = `${addDays(toDay, 1)}T23:59:59.999Z`;
  const pages = await Promise.all(
    monthsBetween(addDays(fromDay, -1), addDays(toDay, 1)).map(async (month) => {
      const out: number[] = [];
      const it = paginateQuery(
        { client: ddb() },
        {
          TableName: table(),
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
          ExpressionAttributeValues: { ':pk': keys.appointmentCellMonth(commune, service, month), ':lo': lo, ':hi': hi },
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
 * The change in one transaction (the house's `versionedWrite`, guarded by the appointment's version and state too):
 * 'applied'; 'stale' when the appointment changed meanwhile (another version, or no longer in a state it may change
 * from); 'taken' when a cell to take is someone else's.
 */
export async function changeAppointment(c: AppointmentChange): Promise<'applied' | 'stale' | 'taken'> {
  const TableName = table();
  const a = c.current;
  const puts = c.puts ?? [];
  const take = (c.takeCells ?? []).map((ms) => ({
    Put: { TableName, Item: cellItem(a.commune, a.service, a.code, ms), ConditionExpression: 'attribute_not_exists(pk)' },
  }));
  const states = Object.fromEntries(c.from.map((s, i) => [`:from${i}`, s]));
  try {
    const outcome = await versionedWrite({
      key: keys.appointment(a.commune, a.code),
      expectedVersion: a.version,
      set: c.set,
      puts,
      condition: { expression: `#st IN (${Object.keys(states).join(', ')})`, names: { '#st': 'status' }, values: states },
      more: [
        ...take,
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
      ],
    });
    // No idempotency record goes with it: never 'replayed'.
    return outcome === 'stale' ? 'stale' : 'applied';
  } catch (e) {
    // The cells to take follow the update and the new items (versionedWrite's order).
    const cells =
      e instanceof TransactionCanceledException ? (e.CancellationReasons ?? []).slice(1 + puts.length, 1 + puts.length + take.length) : [];
    if (cells.some((r) => r?.Code === 'ConditionalCheckFailed')) return 'taken';
    throw e;
  }
}
