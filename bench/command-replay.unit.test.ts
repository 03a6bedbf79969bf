import { describe, expect, it } from 'vitest';
import { describeCommands, freshLike, inWaves, rewriteStrings, type RecordedCommand } from './command-replay.js';

const cmd = (operation: string, startedAt: number, endedAt: number, input: Record<string, unknown> = {}): RecordedCommand => ({
  operation,
  input,
  startedAt,
  endedAt,
});

describe('inWaves', () => {
  it('keeps commands sent one after the other in their own waves, in the order they started', () => {
    const get = cmd('GetItem', 0, 2);
    const write = cmd('TransactWriteItems', 3, 9);
    expect(inWaves([write, get])).toEqual([[get], [write]]);
  });
  it('puts commands that overlapped (sent together) in one wave', () => {
    const a = cmd('Query', 0, 5);
    const b = cmd('Query', 1, 3);
    const c = cmd('Query', 4, 8); // started before a ended: still together
    const d = cmd('GetItem', 8, 9); // started once all had ended
    expect(inWaves([d, c, b, a])).toEqual([[a, b, c], [d]]);
  });
  it('has no wave without commands', () => {
    expect(inWaves([])).toEqual([]);
  });
});

describe('rewriteStrings', () => {
  const input = {
    TransactItems: [
      {
        Put: {
          TableName: 'tandem',
          Item: { pk: { S: 'C#soignies#REPORT#ABCD-1234' }, sk: { S: '#REPORT' }, n: { N: '3' }, tags: { L: [{ S: 'ABCD-1234' }] } },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      { Put: { TableName: 'tandem', Item: { pk: { S: 'C#soignies#IDEM#key-1' }, code: { S: 'ABCD-1234' } } } },
    ],
  };
  const map = new Map([
    ['ABCD-1234', 'r0001-234'],
    ['key-1', 'r0002'],
  ]);

  it('replaces every occurrence inside the strings, keys of objects untouched', () => {
    const out = rewriteStrings(input, map);
    expect(out.TransactItems[0].Put.Item.pk.S).toBe('C#soignies#REPORT#r0001-234');
    expect(out.TransactItems[0].Put.Item.tags?.L[0].S).toBe('r0001-234');
    expect(out.TransactItems[1].Put.Item).toEqual({ pk: { S: 'C#soignies#IDEM#r0002' }, code: { S: 'r0001-234' } });
    expect(out.TransactItems[0].Put.Item.n).toEqual({ N: '3' });
    expect(Object.keys(out.TransactItems[0].Put.Item)).toEqual(['pk', 'sk', 'n', 'tags']);
  });
  it('leaves the recorded input as it was', () => {
    rewriteStrings(input, map);
    expect(input.TransactItems[0].Put.Item.pk.S).toBe('C#soignies#REPORT#ABCD-1234');
  });
  it('replaces the longer of two overlapping strings whole', () => {
    const out = rewriteStrings(
      { a: 'bench-1-10' },
      new Map([
        ['bench-1', 'X'],
        ['bench-1-10', 'Y'],
      ]),
    );
    expect(out).toEqual({ a: 'Y' });
  });
  it('copies binary values rather than sharing them', () => {
    const bytes = new Uint8Array([1, 2]);
    const out = rewriteStrings({ B: bytes }, map);
    expect(out.B).toEqual(bytes);
    expect(out.B).not.toBe(bytes);
  });
});

describe('freshLike', () => {
  it('keeps the length of the original', () => {
    expect(freshLike('ABCD-1234', 'r', 7)).toHaveLength('ABCD-1234'.length);
    expect(freshLike('bench-mk3x-10', 'r', 7)).toHaveLength('bench-mk3x-10'.length);
  });
  it('never gives the same string for two replays of one original', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 5000; n++) seen.add(freshLike('AB3D-1234', 'r', n));
    expect(seen.size).toBe(5000);
  });
  it('is longer than a too short original rather than losing its uniqueness', () => {
    expect(freshLike('AB', 'r', 36)).toBe('r00010');
  });
});

describe('describeCommands', () => {
  it('says the waves in order, the items of a transaction and the commands sent together', () => {
    const commands = [
      cmd('GetItem', 0, 1),
      cmd('TransactWriteItems', 2, 5, { TransactItems: [{}, {}, {}, {}] }),
      cmd('Query', 6, 9),
      cmd('Query', 6, 8),
      cmd('BatchGetItem', 7, 8, { RequestItems: { tandem: { Keys: [{}, {}] } } }),
    ];
    expect(describeCommands(commands)).toBe('GetItem → TransactWriteItems (4 items) → Query ×2 + BatchGetItem (2 items)');
  });
  it('says when there was none', () => {
    expect(describeCommands([])).toBe('no DynamoDB command');
  });
});
