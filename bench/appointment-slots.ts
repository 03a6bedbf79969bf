/**
 * The free-slot search (docs/appointments.md): a month of five counters, each with about two thirds of its slots
 * booked, searched with `freeSlots` as the slots route does after reading the taken cells (the read is not counted:
 * one query per service and month). Printed as p50 and p99 beside the goal (under 50 ms locally for the five
 * counters together); `npm run bench -- --only appointments` runs it alone. Never a timed assertion in a test.
 */
import { performance } from 'node:perf_hooks';
import { AppointmentService, addDays, appointmentCells, dayStarts, freeSlots, isServiceOpenOn } from '@tandem/shared';
import { underMsGoal } from './goals.js';
import { ms, pct } from './stats.js';

/** Issue 15: a month's free slots of five counters in under 50 ms locally (p50). */
export const APPOINTMENT_SLOTS_GOAL_MS = 50;
const N = Number(process.env.BENCH_N ?? 300);
/** The share of a counter's slots already booked (a busy month at the population desk). */
const BOOKED_SHARE = 0.65;
const FROM = '2031-03-01';
const TO = '2031-03-31';
const NOW = Date.parse('2031-02-27T10:00:00+01:00');

const week = (ranges: { from: string; to: string }[]) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ranges]));
const COUNTERS = [5, 10, 15, 15, 30].map((step, i) =>
  AppointmentService.parse({
    id: `guichet-${i + 1}`,
    name: { fr: `Guichet ${i + 1}` },
    stepMinutes: step,
    types: [{ id: 'motif', reason: { fr: 'Motif' }, minutes: step * 2, bufferMinutes: step }],
    hours: {
      ...week([
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '16:00' },
      ]),
      thu: [
        { from: '08:30', to: '12:00' },
        { from: '16:00', to: '19:00' },
      ],
      sat: [{ from: '09:00', to: '12:00' }],
    },
  }),
);

/** A deterministic pseudo-random sequence (the same bookings on every run). */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** Books about BOOKED_SHARE of a counter's month, one appointment at a time where it still fits. */
function bookedCells(service: AppointmentService): { taken: Set<number>; bookings: number } {
  const type = service.types[0];
  const rand = seeded(service.stepMinutes * 7 + service.id.length);
  const taken = new Set<number>();
  let bookings = 0;
  for (let day = FROM; day <= TO; day = addDays(day, 1)) {
    if (!isServiceOpenOn(day, service, [])) continue;
    for (const s of dayStarts(day, service, type)) {
      const cells = appointmentCells(s.ms, service, type);
      if (rand() < BOOKED_SHARE && cells.every((c) => !taken.has(c))) {
        for (const c of cells) taken.add(c);
        bookings++;
      }
    }
  }
  return { taken, bookings };
}

export async function appointmentSlotsPart(): Promise<string[]> {
  const booked = COUNTERS.map((s) => ({ service: s, ...bookedCells(s) }));
  const search = () =>
    booked.reduce(
      (n, b) =>
        n +
        freeSlots({
          service: b.service,
          type: b.service.types[0],
          from: FROM,
          to: TO,
          now: NOW,
          window: { minDaysAhead: 1, maxDaysAhead: 56 },
          closingDays: ['09-27', '11-02', '12-26'],
          taken: b.taken,
        }).length,
      0,
    );
  for (let i = 0; i < 20; i++) search(); // warm-up
  const samples: number[] = [];
  let free = 0;
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    free = search();
    samples.push(performance.now() - t);
  }
  const p50 = pct(samples, 50);
  return [
    `Appointments: free slots of ${COUNTERS.length} counters over ${FROM}…${TO} (${booked.reduce((n, b) => n + b.bookings, 0)} bookings, ${free} free starts; ${N} runs)`,
    `  p50 ${ms(p50)}   p99 ${ms(pct(samples, 99))}   ${underMsGoal(p50, APPOINTMENT_SLOTS_GOAL_MS)}`,
  ];
}
