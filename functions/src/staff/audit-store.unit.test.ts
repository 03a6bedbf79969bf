import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys } from '@tandem/shared';
import { checkPosition, monthsNewestFirst, periodBounds } from './audit-store.js';

describe('reading the audit log by period', () => {
  it('reads the Brussels months of a period newest first, across a new year', () => {
    expect(monthsNewestFirst({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2027-02', '2027-01', '2026-12', '2026-11']);
    expect(monthsNewestFirst({ from: '2026-12-01', to: '2026-12-31' })).toEqual(['2026-12']);
  });

  it('bounds a period by Brussels midnights, summer and winter time alike', () => {
    expect(periodBounds({ from: '2026-12-01', to: '2026-12-31' })).toEqual({
      lo: '2026-11-30T23:00:00.000Z',
      hi: '2026-12-31T23:00:00.000Z',
    });
    expect(periodBounds({ from: '2026-07-01', to: '2026-07-01' })).toEqual({
      lo: '2026-06-30T22:00:00.000Z',
      hi: '2026-07-01T22:00:00.000Z',
    });
    // The night of the autumn change: the day is 25 hours long.
    expect(periodBounds({ from: '2026-10-25', to: '2026-10-25' })).toEqual({
      lo: '2026-10-24T22:00:00.000Z',
      hi: '2026-10-25T23:00:00.000Z',
    });
  });

  it('accepts a cursor of this commune and period only', () => {
    const p = { from: '2026-12-01', to: '2026-12-31' };
    const pk = keys.auditMonthPk('soignies', '2026-12');
    expect(checkPosition('soignies', p, { pk })).toEqual({ pk });
    expect(checkPosition('soignies', p, { pk, sk: '2026-12-10T10:00:00.000Z#abc' })).toEqual({ pk, sk: '2026-12-10T10:00:00.000Z#abc' });
    for (const bad of [
      { pk: keys.auditMonthPk('braine-le-comte', '2026-12') },
      { pk: keys.auditMonthPk('soignies', '2026-10') },
      { pk, sk: '2027-01-10T10:00:00.000Z#abc' },
      { pk, sk: 7 },
      { pk, sk: '2026-12-10T10:00:00.000Z#abc', gsi1pk: 'x' },
      { pk: keys.reportPk('soignies', 'ABCD-1234') },
    ])
      expect(() => checkPosition('soignies', p, bad), JSON.stringify(bad)).toThrow(/cursor/);
  });
});

describe('append-only', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const path = join(dir, n);
      return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [path] : [];
    });

  it('only lib/audit.ts builds audit entries, and no code names their keys to update or delete them', () => {
    const builders = files(join(root, 'src')).filter((f) => /newAuditEntry\(/.test(readFileSync(f, 'utf8')));
    expect(builders.map((f) => f.slice(root.length))).toEqual(['src/lib/audit.ts']);
    const keyUsers = files(join(root, 'src')).filter((f) => /auditMonthPk/.test(readFileSync(f, 'utf8')));
    expect(keyUsers.map((f) => f.slice(root.length))).toEqual(['src/staff/audit-store.ts']);
    expect(readFileSync(join(root, 'src/staff/audit-store.ts'), 'utf8')).not.toMatch(/Update|Delete|Put|BatchWrite/);
  });
});
