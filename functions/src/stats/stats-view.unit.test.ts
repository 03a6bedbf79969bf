import { describe, expect, it } from 'vitest';
import { statsTable, statsView } from './stats-view.js';

const tally = (received: number, closed: number, minutesToClose: number[], overdue = 0) => ({ received, closed, minutesToClose, overdue });

const input = {
  from: '2026-11-30',
  to: '2026-12-08',
  days: new Map([
    ['2026-11-30', { travaux: tally(2, 1, [60]), mobilite: tally(1, 0, [], 1) }],
    ['2026-12-07', { travaux: tally(1, 2, [120, 600], 3), mobilite: tally(0, 1, [30], 2) }],
  ]),
  permits: [
    { kind: 'event' as const, handlingDepartment: 'evenements', submittedAt: '2026-12-01T09:00:00.000Z' },
    {
      kind: 'event' as const,
      handlingDepartment: 'evenements',
      submittedAt: '2026-12-01T09:00:00.000Z',
      decision: { outcome: 'approved' as const, conditions: [], at: '2026-12-03T09:00:00.000Z' },
    },
    {
      kind: 'occupation' as const,
      handlingDepartment: 'travaux',
      submittedAt: '2026-12-02T09:00:00.000Z',
      decision: { outcome: 'refused' as const, conditions: [], at: '2026-12-02T21:00:00.000Z' },
    },
  ],
  tasks: [
    { department: 'travaux', closedAt: '2026-12-06T22:30:00.000Z' }, // Sunday 23:30 in Brussels: week of 30 November
    { department: 'travaux', closedAt: '2026-12-06T23:30:00.000Z' }, // Monday 00:30 in Brussels: week of 7 December
    { department: 'mobilite', closedAt: '2026-12-01T10:00:00.000Z' },
  ],
  overdue: { travaux: 3, mobilite: 2 },
  coverage: { rolledUp: 2, live: 0, missing: 0 },
};

describe('the statistics view', () => {
  it('adds the days up per department, with percentiles over every closure and the overdue snapshot', () => {
    const v = statsView(input);
    expect(v.reports).toMatchObject({ received: 4, closed: 4, overdue: 5 });
    // Hours to close: 0.5, 1, 2, 10 → median 1.5, p90 7.6.
    expect(v.reports.hoursToClose).toEqual({ median: 1.5, p90: 7.6 });
    expect(v.reports.departments).toEqual([
      { department: 'mobilite', received: 1, closed: 1, hoursToClose: { median: 0.5, p90: 0.5 }, overdue: 2 },
      { department: 'travaux', received: 3, closed: 3, hoursToClose: { median: 2, p90: 8.4 }, overdue: 3 },
    ]);
    expect(v.reports.days).toHaveLength(9);
    expect(v.reports.days[0]).toEqual({ day: '2026-11-30', received: 3, closed: 1 });
    expect(v.reports.days[1]).toEqual({ day: '2026-12-01', received: 0, closed: 0 });
  });

  it('counts permits by kind with the days to their decision', () => {
    const v = statsView(input);
    expect(v.permits.kinds).toEqual([
      { kind: 'event', submitted: 2, decided: 1, daysToDecide: { median: 2, p90: 2 } },
      { kind: 'occupation', submitted: 1, decided: 1, daysToDecide: { median: 0.5, p90: 0.5 } },
    ]);
  });

  it('counts tasks done per Brussels week (Monday first)', () => {
    const v = statsView(input);
    expect(v.tasks).toEqual({
      done: 3,
      weeks: [
        { week: '2026-11-30', done: 2 },
        { week: '2026-12-07', done: 1 },
      ],
    });
  });

  it('keeps one department’s figures only when asked', () => {
    const v = statsView({ ...input, department: 'travaux' });
    expect(v.department).toBe('travaux');
    expect(v.reports).toMatchObject({ received: 3, closed: 3, overdue: 3 });
    expect(v.reports.departments.map((d) => d.department)).toEqual(['travaux']);
    expect(v.permits.kinds.map((k) => k.submitted)).toEqual([0, 1]);
    expect(v.tasks.done).toBe(2);
  });

  it('leaves the durations out when nothing closed, and writes each table as CSV rows', () => {
    const v = statsView({ ...input, days: new Map([['2026-12-01', { travaux: tally(1, 0, []) }]]), overdue: { travaux: 0 } });
    expect(v.reports.hoursToClose).toEqual({});
    const t = statsTable(v, 'departments');
    expect(t.header).toEqual(['department', 'received', 'closed', 'median_hours_to_close', 'p90_hours_to_close', 'overdue']);
    expect(t.rows).toEqual([['travaux', 1, 0, undefined, undefined, 0]]);
    expect(statsTable(v, 'tasks').rows[0]).toEqual(['2026-11-30', 2]);
    expect(statsTable(v, 'permits').rows).toHaveLength(2);
    expect(statsTable(v, 'days').rows).toHaveLength(9);
  });

  it('counts ratings, the share satisfied and reopens per closure, by department', () => {
    const v = statsView({
      ...input,
      feedback: [
        { kind: 'rating' as const, department: 'travaux', satisfied: true },
        { kind: 'rating' as const, department: 'travaux', satisfied: false },
        { kind: 'rating' as const, department: 'travaux', satisfied: true },
        { kind: 'reopen' as const, department: 'travaux' },
        { kind: 'reopen' as const, department: 'mobilite' },
      ],
    });
    // travaux closed 3 in the period, mobilite 1.
    expect(v.satisfaction).toEqual({
      ratings: 3,
      satisfied: 2,
      reopened: 2,
      departments: [
        { department: 'mobilite', ratings: 0, satisfied: 0, reopened: 1, reopenRate: 1 },
        { department: 'travaux', ratings: 3, satisfied: 2, satisfiedShare: 0.667, reopened: 1, reopenRate: 0.333 },
      ],
    });
    expect(statsView({ ...input, feedback: [], department: 'travaux' }).satisfaction.departments).toEqual([]);
    expect(statsTable(v, 'satisfaction').rows).toEqual([
      ['mobilite', 0, 0, undefined, 1, 1],
      ['travaux', 3, 2, 0.667, 1, 0.333],
    ]);
  });
});
