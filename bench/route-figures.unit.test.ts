import { describe, expect, it } from 'vitest';
import { atMost, ratioGoal, underMsGoal } from './goals.js';
import { routeLines, type RouteFigures } from './route-figures.js';

describe('goals', () => {
  it('a ratio at most its goal passes, above it fails', () => {
    expect(atMost(1.5, 1.5)).toBe('PASS');
    expect(atMost(1.51, 1.5)).toBe('FAIL');
    expect(ratioGoal(15, 10, 1.5)).toBe('goal ≤ 1.5×: PASS');
    expect(ratioGoal(16, 10, 1.5)).toBe('goal ≤ 1.5×: FAIL');
  });
  it('a time passes strictly under its goal', () => {
    expect(underMsGoal(99.9, 100)).toBe('goal < 100 ms: PASS');
    expect(underMsGoal(100, 100)).toBe('goal < 100 ms: FAIL');
  });
});

describe('routeLines', () => {
  const f = (over: Partial<RouteFigures>): RouteFigures => ({
    label: 'get-report',
    route: [3, 3, 3],
    handler: [2.5, 2.5, 2.5],
    bare: [2, 2, 2],
    commands: 'Query',
    ...over,
  });
  it('prints each route’s figures, the ratio of the p50s and its goal beside it', () => {
    const [title, head, row, legend] = routeLines('API overhead', [f({ maxRatio: 1.5 })]);
    expect(title).toBe('API overhead');
    expect(head).toContain('route p50');
    expect(row).toMatch(/^get-report\s+3\.00 ms\s+3\.00 ms\s+2\.50 ms\s+2\.00 ms\s+2\.00 ms\s+1\.50×\s+goal ≤ 1\.5×: PASS\s+\(Query\)$/);
    expect(legend).toContain('bare');
  });
  it('prints a time goal, and the note after the commands', () => {
    const [, , row] = routeLines('Lists', [f({ label: 'inbox', route: [120], underMs: 100, note: '20 items' })]);
    expect(row).toContain('goal < 100 ms: FAIL');
    expect(row).not.toContain('goal ≤');
    expect(row).toContain('(Query; 20 items)');
  });
  it('prints the CPU per request under the route’s row when measured', () => {
    const lines = routeLines('x', [f({ cpuMs: { route: 5.94, handler: 3.9, bare: 3.06 } })]);
    expect(lines[3]).toMatch(/^\s+CPU of the bench's process per request: route 5\.94 ms, handler 3\.90 ms, bare 3\.06 ms$/);
    expect(lines).toHaveLength(5);
  });
  it('prints no goal for a route without one', () => {
    const [, , row] = routeLines('x', [f({})]);
    expect(row).not.toContain('goal');
  });
});
