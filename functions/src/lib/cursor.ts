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
