import { badRequest } from './http.js';

/** Opaque paging cursors: base64url JSON of DynamoDB's LastEvaluatedKey, checked to belong to the commune. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined, commune: string): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const values = Object.values(key ?? {});
    const own = (v: unknown) => typeof v === 'string' && (!v.startsWith('C#') || v.startsWith(`C#${commune}#`));
    if (typeof key.pk === 'string' && key.pk.startsWith(`C#${commune}#`) && values.length <= 4 && values.every(own)) return key;
  } catch {
    /* fall through */
  }
  throw badRequest('this paging cursor is not valid', [{ name: 'cursor', reason: 'not a cursor from this list' }]);
}

/**
 * A cursor must belong to the very list it pages (same index, same partition): one from another list or
 * filter would make DynamoDB refuse the query. 400 naming the cursor instead.
 */
export function checkStartKey(
  key: Record<string, unknown> | undefined,
  index: { pkName: string; skName: string; pkValue: string },
): Record<string, unknown> | undefined {
  if (!key) return undefined;
  const names = Object.keys(key).sort();
  const expected = [...new Set(['pk', 'sk', index.pkName, index.skName])].sort();
  const fits =
    names.length === expected.length &&
    names.every((n, i) => n === expected[i]) &&
    key[index.pkName] === index.pkValue &&
    typeof key.sk === 'string' &&
    typeof key[index.skName] === 'string';
  if (!fits)
    throw badRequest('this paging cursor belongs to another list', [
      { name: 'cursor', reason: 'not a cursor from this list and these filters' },
    ]);
  return key;
}
