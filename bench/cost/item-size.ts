/**
 * A DynamoDB item's size as AWS counts it for capacity units and storage (Developer Guide, "Item sizes and formats"):
 * attribute names and values in UTF-8, numbers by their significant digits, 3 bytes for a list or map and 1 byte for
 * each of its elements. Pure.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TABLE_GSIS } from '@tandem/shared';

type Item = Record<string, AttributeValue>;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** A number's size: one byte per two significant digits, plus one (plus one more when negative). */
export function numberBytes(n: string): number {
  const digits = n.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1 + (n.startsWith('-') ? 1 : 0);
}

export function valueBytes(v: AttributeValue): number {
  if (v.S !== undefined) return utf8(v.S);
  if (v.N !== undefined) return numberBytes(v.N);
  if (v.B !== undefined) return v.B.length;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS) return v.SS.reduce((n, s) => n + utf8(s), 0);
  if (v.NS) return v.NS.reduce((n, s) => n + numberBytes(s), 0);
  if (v.BS) return v.BS.reduce((n, b) => n + b.length, 0);
  if (v.L) return 3 + v.L.reduce((n, e) => n + valueBytes(e) + 1, 0);
  if (v.M) return 3 + Object.entries(v.M).reduce((n, [k, e]) => n + utf8(k) + valueBytes(e) + 1, 0);
  throw new Error(`unknown attribute value ${JSON.stringify(v)}`);
}

export function itemBytes(item: Item): number {
  return Object.entries(item).reduce((n, [k, v]) => n + utf8(k) + valueBytes(v), 0);
}

/** The table's global secondary indexes an item is in (it has both of the index's keys; every index projects ALL). */
export const indexesOf = (item: Item): number =>
  TABLE_GSIS.filter((g) => item[g.partitionKey] !== undefined && item[g.sortKey] !== undefined).length;

const kb = (item?: Item) => (item ? Math.ceil(itemBytes(item) / 1024) : 0);

/** Standard write request units of an item in the table alone: 1 a KB, 1 at least. */
export const tableUnits = (item: Item | undefined): number => Math.max(1, kb(item));

/**
 * Standard write request units of changing an item from `before` to `after` (absent: the item does not exist), as AWS
 * counts them: in the table, 1 a KB of the larger image (1 at least); in each index, 1 a KB of the entry written, or of
 * the entry removed, and both when the change moves the item's index key (delete and put).
 */
export function changeUnits(before: Item | undefined, after: Item | undefined): number {
  let units = Math.max(tableUnits(before), tableUnits(after));
  for (const g of TABLE_GSIS) {
    const keyOf = (i?: Item) =>
      i?.[g.partitionKey] !== undefined && i[g.sortKey] !== undefined ? JSON.stringify([i[g.partitionKey], i[g.sortKey]]) : undefined;
    const was = keyOf(before);
    const is = keyOf(after);
    if (was && is && was === is) units += Math.max(1, kb(after));
    else units += (was ? Math.max(1, kb(before)) : 0) + (is ? Math.max(1, kb(after)) : 0);
  }
  return units;
}

/** Write request units of putting a new item, as AWS counts them: 1 a KB in the table and in each of its indexes; twice in a transaction. */
export const writeUnits = (item: Item, transactional: boolean): number => changeUnits(undefined, item) * (transactional ? 2 : 1);

/** Read request units of a transaction's read of an item (2 a 4 KB, an absent item too). */
export const transactionalReadUnits = (item: Item | undefined): number => 2 * Math.max(1, Math.ceil((item ? itemBytes(item) : 0) / 4096));

/** DynamoDB's storage overhead per item, in the table and in each index entry. */
export const STORED_ITEM_OVERHEAD_BYTES = 100;

/** Bytes stored for an item: itself and each index entry, each with its overhead. */
export const storedBytes = (item: Item): number => (itemBytes(item) + STORED_ITEM_OVERHEAD_BYTES) * (1 + indexesOf(item));
