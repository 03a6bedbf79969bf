import { describe, expect, it } from 'vitest';
import { accessLogLineBytes } from './fixed-resources.js';
import { changeUnits, indexesOf, itemBytes, numberBytes, storedBytes, transactionalReadUnits, writeUnits } from './item-size.js';
import { capacityUnits, metricKeys } from './meter.js';
import { referencedFiles, staticImports } from './page-view.js';

describe('metricKeys', () => {
  it('names each metric of an EMF record with its dimension values', () => {
    const line = JSON.stringify({
      _aws: {
        Timestamp: 1,
        CloudWatchMetrics: [
          { Namespace: 'Tandem', Dimensions: [['service', 'operation']], Metrics: [{ Name: 'Latency' }, { Name: 'ServerErrors' }] },
        ],
      },
      service: 'tandem',
      operation: 'GET /api/{commune}/reports/{code}',
      Latency: 12,
      ServerErrors: 0,
    });
    expect(metricKeys(line)).toEqual([
      'Tandem|service=tandem,operation=GET /api/{commune}/reports/{code}|Latency',
      'Tandem|service=tandem,operation=GET /api/{commune}/reports/{code}|ServerErrors',
    ]);
  });
  it('finds none in a plain log line or a broken one', () => {
    expect(metricKeys('{"level":"INFO","message":"request"}')).toEqual([]);
    expect(metricKeys('{"_aws": nope')).toEqual([]);
  });
});

describe('capacityUnits', () => {
  it('adds the units of one table or of each table of a batch', () => {
    expect(capacityUnits({ TableName: 't', CapacityUnits: 2.5 })).toBe(2.5);
    expect(capacityUnits([{ CapacityUnits: 4 }, { CapacityUnits: 1 }])).toBe(5);
    expect(capacityUnits(undefined)).toBe(0);
  });
});

describe('item sizes (AWS’s rules)', () => {
  it('counts names and values in UTF-8, numbers by significant digits, lists and maps with their overhead', () => {
    expect(itemBytes({ pk: { S: 'abc' } })).toBe(2 + 3);
    expect(itemBytes({ é: { S: 'é' } })).toBe(2 + 2);
    expect(numberBytes('50.5794')).toBe(Math.ceil(6 / 2) + 1);
    expect(numberBytes('-1200')).toBe(1 + 1 + 1);
    expect(itemBytes({ m: { M: { a: { S: 'x' } } } })).toBe(1 + 3 + (1 + 1 + 1));
    expect(itemBytes({ l: { L: [{ BOOL: true }, { NULL: true }] } })).toBe(1 + 3 + 2 * (1 + 1));
  });
  it('writes a unit per KB in the table and in each index the item is in, twice in a transaction', () => {
    const item = { pk: { S: 'p' }, sk: { S: 's' }, gsi1pk: { S: 'g' }, gsi1sk: { S: 'h' }, d: { S: 'x'.repeat(1500) } };
    expect(indexesOf(item)).toBe(1);
    expect(writeUnits(item, false)).toBe(2 * 2);
    expect(writeUnits(item, true)).toBe(2 * 2 * 2);
    expect(writeUnits({ pk: { S: 'p' }, gsi2pk: { S: 'only one key' } }, false)).toBe(1);
    expect(storedBytes(item)).toBe((itemBytes(item) + 100) * 2);
  });
});

describe('changeUnits', () => {
  const item = (over: Record<string, string>) =>
    Object.fromEntries(Object.entries({ pk: 'p', sk: 's', ...over }).map(([k, v]) => [k, { S: v }]));
  it('writes the table and the indexes the item is in, before or after', () => {
    expect(changeUnits(undefined, item({ gsi1pk: 'g', gsi1sk: 'h' }))).toBe(2);
    expect(changeUnits(item({ gsi1pk: 'g', gsi1sk: 'h', x: 'a' }), item({ gsi1pk: 'g', gsi1sk: 'h', x: 'b' }))).toBe(2);
    expect(changeUnits(item({ gsi1pk: 'g', gsi1sk: 'h' }), undefined)).toBe(2);
    expect(changeUnits(item({ gsi1pk: 'g', gsi1sk: 'h' }), item({}))).toBe(2);
  });
  it('deletes and puts the index entry when the change moves its key (as DynamoDB Local counts an UpdateItem)', () => {
    expect(changeUnits(item({ gsi1pk: 'g', gsi1sk: 'h' }), item({ gsi1pk: 'g', gsi1sk: 'q' }))).toBe(1 + 2);
  });
  it('counts the larger image in the table', () => {
    expect(changeUnits(item({ d: 'x'.repeat(1500) }), item({ d: 'short' }))).toBe(2);
  });
  it('reads 2 units a 4 KB in a transaction, an absent item too', () => {
    expect(transactionalReadUnits(undefined)).toBe(2);
    expect(transactionalReadUnits(item({ d: 'x'.repeat(5000) }))).toBe(4);
  });
});

describe('accessLogLineBytes', () => {
  it('fills each variable of the format with a typical value', () => {
    expect(accessLogLineBytes('{"status":"$context.status"}')).toBe('{"status":"xxx"}'.length);
    expect(accessLogLineBytes('$context.somethingNew')).toBe(10);
  });
});

describe('page files', () => {
  it('takes what a page loads, not the pages it links to', () => {
    const html =
      '<link rel="stylesheet" href="/_assets/a.css"><link rel="canonical" href="/soignies/"><a href="/soignies/carte/">carte</a>' +
      '<script type="module" src="/_assets/b.js"></script><img src="https://elsewhere.example/x.png">' +
      '<astro-island component-url="/_assets/Form.js" renderer-url="/_assets/client.js">';
    expect(referencedFiles(html, true).sort()).toEqual(['/_assets/Form.js', '/_assets/a.css', '/_assets/b.js', '/_assets/client.js']);
  });
  it('follows a module’s static imports, not its dynamic ones', () => {
    const code = 'import{a as b}from"./chunk.A.js";import"./side.js";const m=()=>import("./lazy.js");';
    expect(staticImports(code, '/_assets/Form.js')).toEqual(['/_assets/chunk.A.js', '/_assets/side.js']);
  });
});
