/**
 * The address register in the table (shared/src/entities/address-register.ts, docs/addresses.md): reads by key
 * for the lookups (the pointer, then nine cells or one street partition), and an import that writes a whole new
 * version beside the current one, switches the pointer in one conditional transaction with its audit entry, and
 * only then removes the version it replaced.
 */
import { BatchWriteCommand, GetCommand, QueryCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import {
  addressKeys,
  streetInitial,
  streetSortKey,
  type AddressCellRecord,
  type AddressRegisterPointer,
  type AddressStreetRecord,
  type AuditEntryItem,
  type BuiltRegister,
  type CellPoint,
  type RegisterStreet,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { putIfVersion } from '../lib/put-if-version.js';

export async function registerPointer(commune: string): Promise<AddressRegisterPointer | undefined> {
  const r = await ddb().send(new GetCommand({ TableName: env().tableName, Key: addressKeys.addressRegister(commune) }));
  return r.Item as AddressRegisterPointer | undefined;
}

/** Every point of the given cells in one version (each cell is one small partition: a few chunks at most). */
export async function pointsInCells(commune: string, version: string, cells: readonly string[]): Promise<CellPoint[]> {
  const lists = await Promise.all(
    cells.map(async (cell) => {
      const r = await ddb().send(
        new QueryCommand({
          TableName: env().tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': addressKeys.addressCell(commune, version, cell) },
        }),
      );
      return (r.Items ?? []).flatMap((i) => (i as AddressCellRecord).points);
    }),
  );
  return lists.flat();
}

/** The streets whose key starts with `core` (at most `limit`, in key order). */
export async function streetsByPrefix(commune: string, version: string, core: string, limit: number): Promise<RegisterStreet[]> {
  const r = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': addressKeys.addressStreets(commune, version, streetInitial(core)), ':prefix': core },
      Limit: limit,
    }),
  );
  return (r.Items ?? []) as AddressStreetRecord[];
}

type Key = { pk: string; sk: string };

/** Puts or deletes in batches of 25, retrying what DynamoDB sends back unprocessed. */
async function batch(requests: ({ PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Key } })[]) {
  const table = env().tableName;
  for (let i = 0; i < requests.length; i += 25) {
    let pending: typeof requests | undefined = requests.slice(i, i + 25);
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > 8) throw new Error('the table kept refusing part of a batch write');
      if (attempt) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const res = await ddb().send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = res.UnprocessedItems?.[table] as typeof requests | undefined;
    }
  }
}

/** The records of one version of the register. */
export function versionRecords(commune: string, version: string, built: BuiltRegister): (AddressCellRecord | AddressStreetRecord)[] {
  return [
    ...built.cells.map(
      (c): AddressCellRecord => ({
        pk: addressKeys.addressCell(commune, version, c.cell),
        sk: `#${c.chunk}`,
        type: 'address-cell',
        points: c.points,
      }),
    ),
    ...built.streets.map(
      (s): AddressStreetRecord => ({
        ...s,
        pk: addressKeys.addressStreets(commune, version, streetInitial(s.core)),
        sk: streetSortKey(s),
        type: 'address-street',
      }),
    ),
  ];
}

/** Writes a version's records (the same version twice writes the same records: a retried import is harmless). */
export async function writeVersion(records: readonly (AddressCellRecord | AddressStreetRecord)[]) {
  await batch(records.map((Item) => ({ PutRequest: { Item: Item as unknown as Record<string, unknown> } })));
}

/**
 * Makes `next` the register in use if the one in use is still `expected` (none: undefined), with the audit entry
 * in the same transaction. False when another import switched it meanwhile.
 */
export function switchRegister(next: AddressRegisterPointer, expected: string | undefined, audit?: AuditEntryItem): Promise<boolean> {
  return putIfVersion(next, expected, audit);
}

/** Removes a version's records (one no pointer names any more): its cells by key, its street partitions by query. */
export async function removeVersion(commune: string, version: string, cells: readonly string[], initials: readonly string[]) {
  const keys: Key[] = [];
  for (const pk of [
    ...cells.map((c) => addressKeys.addressCell(commune, version, c)),
    ...initials.map((i) => addressKeys.addressStreets(commune, version, i)),
  ]) {
    for await (const page of paginateQuery(
      { client: ddb() },
      {
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ProjectionExpression: 'pk, sk',
      },
    ))
      keys.push(...((page.Items ?? []) as Key[]));
  }
  await batch(keys.map((Key) => ({ DeleteRequest: { Key } })));
}

/** Every street of one version (its partitions one by one: a commune's few hundred streets), for imports that name streets. */
export async function registerStreets(
  commune: string,
  pointer: Pick<AddressRegisterPointer, 'version' | 'initials'>,
): Promise<RegisterStreet[]> {
  const streets: RegisterStreet[] = [];
  for (const initial of pointer.initials)
    for await (const page of paginateQuery(
      { client: ddb() },
      {
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': addressKeys.addressStreets(commune, pointer.version, initial) },
      },
    ))
      streets.push(...((page.Items ?? []) as AddressStreetRecord[]));
  return streets;
}
