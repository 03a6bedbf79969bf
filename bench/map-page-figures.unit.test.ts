import { describe, expect, it } from 'vitest';
import { mapPageLines, type MapPageFigures } from './map-page-figures.js';

const figures = (drawnMs: number[], readAnsweredMs: number[]): MapPageFigures => ({
  profile: 'wide',
  drawnMs,
  mapAfterTapMs: [],
  rows: 50,
  drawn: 72,
  reads: [{ url: '?date=2026-12-02&bbox=4.04,50.57,4.09,50.58', kib: 26.5, ms: 310 }],
  readAnsweredMs,
  machine: { loadBefore: 1.2, loadAfter: 3.45, cpus: 2 },
});

describe('mapPageLines', () => {
  it('prints the p50 beside the goal, when the first read answered and the machine load', () => {
    const lines = mapPageLines(figures([900, 800, 950, 700, 990], [400, 300, 350, 380, 390]));
    expect(lines[0]).toMatch(/^map page, wide 1280×900: map drawn/);
    expect(lines[0]).toContain('900.00 ms');
    expect(lines[0]).toContain('goal < 1 s: PASS');
    expect(lines[0]).toContain('50 rows, 72 features drawn');
    expect(lines[1]).toBe("  the page's read ?date=2026-12-02&bbox=4.04,50.57,4.09,50.58: 26.5 KiB in 310 ms");
    expect(lines[2]).toBe('  its first read answered 380 ms after navigation (p50); the map drawn 520 ms after that');
    expect(lines[3]).toContain('load average 1.2 → 3.5 on 2 CPUs');
  });

  it('says FAIL at the goal or beyond, and leaves out the read line without a read', () => {
    const lines = mapPageLines({ ...figures([1000, 1200, 3987], []), reads: [] });
    expect(lines[0]).toContain('goal < 1 s: FAIL');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('machine:');
  });

  it('on a phone says the list is what was timed, and prints the map after its button on the next line', () => {
    const lines = mapPageLines({ ...figures([600, 650, 700], [400, 420, 450]), profile: 'phone', mapAfterTapMs: [3000, 4000, 5000] });
    expect(lines[0]).toMatch(/^map page, phone 412×915: list drawn/);
    expect(lines[0]).toContain('goal < 1 s: PASS');
    expect(lines[0]).toContain("navigation → the list of the map's area, the map not loaded; 50 rows");
    expect(lines[1]).toMatch(/^ {2}then the map, on its button +4000\.00 ms/);
    expect(lines[1]).toContain('« Afficher la carte » pressed → map at rest, 72 features drawn');
    expect(lines[3]).toBe('  its first read answered 420 ms after navigation (p50); the list drawn 230 ms after that');
  });
});
