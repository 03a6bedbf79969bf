import { describe, expect, it } from 'vitest';
import { onlyParts } from './only-parts.js';

describe('onlyParts', () => {
  const known = ['pages', 'cost'];
  it('is undefined without --only: the whole bench runs', () => {
    expect(onlyParts([], known)).toBeUndefined();
    expect(onlyParts(['--verbose'], known)).toBeUndefined();
  });
  it('reads the parts after --only or --only=, comma-separated', () => {
    expect(onlyParts(['--only', 'pages'], known)).toEqual(['pages']);
    expect(onlyParts(['--only=pages,cost'], known)).toEqual(['pages', 'cost']);
  });
  it('refuses an unknown or a missing part, naming the known ones', () => {
    expect(() => onlyParts(['--only', 'page'], known)).toThrow('unknown part page (known: pages, cost)');
    expect(() => onlyParts(['--only'], known)).toThrow('--only needs a part');
    expect(() => onlyParts(['--only', '--fast'], known)).toThrow('--only needs a part');
  });
});
