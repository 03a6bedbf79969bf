/**
 * For tests: the instants where a calendar day taken in the wrong zone shows: half an hour before and after
 * midnight in Brussels, on both sides of both DST changes of 2026 and 2027 (last Sundays of March and October)
 * and across the new year. Written in UTC by hand (not computed by the code under test), with the Brussels
 * day, weekday and wall time each stands for.
 */
export interface BrusselsEdge {
  /** What the instant is, in words. */
  name: string;
  /** The instant, in UTC. */
  at: string;
  /** Its calendar day in Brussels. */
  day: string;
  /** Its ISO weekday in Brussels (Monday = 1 … Sunday = 7). */
  weekday: number;
  /** Its Brussels wall-clock time. */
  wall: string;
  /** Brussels' offset from UTC then, in minutes. */
  offset: number;
}

export const BRUSSELS_EDGES: readonly BrusselsEdge[] = [
  {
    name: 'Saturday 23:30 before the spring change 2026',
    at: '2026-03-28T22:30:00Z',
    day: '2026-03-28',
    weekday: 6,
    wall: '23:30',
    offset: 60,
  },
  {
    name: '00:30 on the spring change day 2026 (still winter time)',
    at: '2026-03-28T23:30:00Z',
    day: '2026-03-29',
    weekday: 7,
    wall: '00:30',
    offset: 60,
  },
  {
    name: '23:30 on the spring change day 2026 (summer time)',
    at: '2026-03-29T21:30:00Z',
    day: '2026-03-29',
    weekday: 7,
    wall: '23:30',
    offset: 120,
  },
  {
    name: '00:30 the Monday after the spring change 2026',
    at: '2026-03-29T22:30:00Z',
    day: '2026-03-30',
    weekday: 1,
    wall: '00:30',
    offset: 120,
  },
  {
    name: 'Saturday 23:30 before the autumn change 2026',
    at: '2026-10-24T21:30:00Z',
    day: '2026-10-24',
    weekday: 6,
    wall: '23:30',
    offset: 120,
  },
  {
    name: '00:30 on the autumn change day 2026 (still summer time)',
    at: '2026-10-24T22:30:00Z',
    day: '2026-10-25',
    weekday: 7,
    wall: '00:30',
    offset: 120,
  },
  {
    name: '23:30 on the autumn change day 2026 (winter time)',
    at: '2026-10-25T22:30:00Z',
    day: '2026-10-25',
    weekday: 7,
    wall: '23:30',
    offset: 60,
  },
  {
    name: '00:30 the Monday after the autumn change 2026',
    at: '2026-10-25T23:30:00Z',
    day: '2026-10-26',
    weekday: 1,
    wall: '00:30',
    offset: 60,
  },
  { name: '23:30 on 31 December 2026', at: '2026-12-31T22:30:00Z', day: '2026-12-31', weekday: 4, wall: '23:30', offset: 60 },
  { name: '00:30 on 1 January 2027', at: '2026-12-31T23:30:00Z', day: '2027-01-01', weekday: 5, wall: '00:30', offset: 60 },
  { name: '00:30 on the spring change day 2027', at: '2027-03-27T23:30:00Z', day: '2027-03-28', weekday: 7, wall: '00:30', offset: 60 },
  { name: '23:30 on the spring change day 2027', at: '2027-03-28T21:30:00Z', day: '2027-03-28', weekday: 7, wall: '23:30', offset: 120 },
  { name: '00:30 on the autumn change day 2027', at: '2027-10-30T22:30:00Z', day: '2027-10-31', weekday: 7, wall: '00:30', offset: 120 },
  { name: '23:30 on the autumn change day 2027', at: '2027-10-31T22:30:00Z', day: '2027-10-31', weekday: 7, wall: '23:30', offset: 60 },
  {
    name: '00:30 the Monday after the autumn change 2027',
    at: '2027-10-31T23:30:00Z',
    day: '2027-11-01',
    weekday: 1,
    wall: '00:30',
    offset: 60,
  },
  { name: '23:30 on 31 December 2027', at: '2027-12-31T22:30:00Z', day: '2027-12-31', weekday: 5, wall: '23:30', offset: 60 },
  { name: '00:30 on 1 January 2028', at: '2027-12-31T23:30:00Z', day: '2028-01-01', weekday: 6, wall: '00:30', offset: 60 },
];

/** The edges at 00:30 Brussels: where the UTC date is still the day before. */
export const AFTER_MIDNIGHT = BRUSSELS_EDGES.filter((e) => e.wall === '00:30');
