import { afterEach, describe, expect, it } from 'vitest';
import { BRUSSELS_EDGES } from '@tandem/shared/brussels-time.test-support';
import { clock, clockAt, clockFrom, setClock } from './clock.js';

afterEach(() => setClock());

describe('the handlers’ clock', () => {
  it('is the system clock unless set', () => {
    const before = Date.now();
    const now = clock.ms();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('runs on from the instant it is set to', async () => {
    setClock(clockFrom('2026-12-31T23:59:59.900+01:00'));
    expect(clock.today()).toBe('2026-12-31');
    const first = clock.ms();
    await new Promise((r) => setTimeout(r, 150));
    expect(clock.ms()).toBeGreaterThan(first);
    expect(clock.today()).toBe('2027-01-01');
    setClock();
    expect(Math.abs(clock.ms() - Date.now())).toBeLessThan(1000);
  });

  it.each(BRUSSELS_EDGES)('says today is $day at $at ($name)', (e) => {
    setClock(clockAt(e.at));
    expect(clock.iso()).toBe(new Date(e.at).toISOString());
    expect(clock.now().getTime()).toBe(Date.parse(e.at));
    expect(clock.today()).toBe(e.day);
  });
});
