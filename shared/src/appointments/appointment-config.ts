/**
 * Appointments at the counter as data (docs/appointments.md): each commune's `appointments` section of
 * `infra/communes/<id>.json` lists its services (one counter each: population, état civil, urbanisme…), what one may
 * come for (a reason, its length and the pause the agent needs after it), the opening hours per weekday (several
 * ranges a day), the days it is closed besides Belgium's public holidays, the booking window and how many
 * appointments to come one e-mail address may hold.
 *
 * Times are Brussels wall-clock times on a grid of `stepMinutes` from midnight: every range bound, length and pause
 * is a multiple of it, so that two appointments overlap exactly when they share a cell of the grid (what the store
 * locks, one item per cell: appointment-cells.ts).
 */
import * as z from 'zod';
import { LocalisedText } from '../localised-text.js';
import { TimeSchema } from '../permits/permit-details.js';

/** "HH:MM", 00:00 to 23:59. */
const WallTime = TimeSchema;

export const minutesOfWallTime = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** An opening range of one day, e.g. 08:30–12:00 (the end is when the last appointment must be over). */
export const OpeningRange = z
  .object({ from: WallTime, to: WallTime })
  .refine((r) => minutesOfWallTime(r.from) < minutesOfWallTime(r.to), { message: 'from is before to', path: ['to'] });
export type OpeningRange = z.infer<typeof OpeningRange>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The ranges of each weekday (a day left out, or with no range, is closed), in order and apart. */
export const WeeklyHours = z
  .partialRecord(z.enum(WEEKDAYS), z.array(OpeningRange).max(6))
  .refine(
    (h) =>
      Object.values(h).every((ranges) =>
        (ranges ?? []).every((r, i, all) => i === 0 || minutesOfWallTime(all[i - 1].to) <= minutesOfWallTime(r.from)),
      ),
    { message: 'the ranges of a day are in order and do not overlap' },
  );
export type WeeklyHours = z.infer<typeof WeeklyHours>;

const Slug = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'lower case letters, digits and dashes');

/** What one may come for: « Carte d’identité », 15 minutes, 5 minutes' pause after. */
export const AppointmentType = z.object({
  id: Slug,
  reason: LocalisedText,
  minutes: z.number().int().min(5).max(240),
  bufferMinutes: z.number().int().min(0).max(120).default(0),
});
export type AppointmentType = z.infer<typeof AppointmentType>;

/** The grids a service may use: each divides an hour, so the grid is the same in UTC whatever the offset. */
export const SLOT_STEPS = [5, 10, 15, 20, 30, 60] as const;

export const AppointmentService = z
  .object({
    id: Slug,
    name: LocalisedText,
    /** Where the counter is, in words (« Hôtel de ville, rez-de-chaussée, guichet 2 »). */
    place: z.string().min(2).max(200).optional(),
    /** The grid of start times, in minutes. */
    stepMinutes: z
      .number()
      .int()
      .refine((n) => (SLOT_STEPS as readonly number[]).includes(n), { message: `one of ${SLOT_STEPS.join(', ')}` })
      .default(15),
    types: z.array(AppointmentType).min(1).max(30),
    hours: WeeklyHours,
    /** This service's own closing days ("YYYY-MM-DD", or "MM-DD" every year), besides the commune's. */
    closingDates: z.array(z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/)).default([]),
  })
  .superRefine((s, ctx) => {
    const onGrid = (m: number) => m % s.stepMinutes === 0;
    s.types.forEach((t, i) => {
      if (!onGrid(t.minutes) || !onGrid(t.bufferMinutes))
        ctx.addIssue({
          code: 'custom',
          path: ['types', i, 'minutes'],
          message: `minutes and bufferMinutes are multiples of ${s.stepMinutes}`,
        });
    });
    for (const [day, ranges] of Object.entries(s.hours))
      (ranges ?? []).forEach((r, i) => {
        if (!onGrid(minutesOfWallTime(r.from)) || !onGrid(minutesOfWallTime(r.to)))
          ctx.addIssue({ code: 'custom', path: ['hours', day, i], message: `the range's bounds are on the ${s.stepMinutes}-minute grid` });
      });
    const ids = s.types.map((t) => t.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['types'], message: 'type ids are unique' });
  });
export type AppointmentService = z.infer<typeof AppointmentService>;

export const AppointmentsConfig = z
  .object({
    services: z.array(AppointmentService).min(1).max(30),
    /** Days every counter is closed besides Belgian public holidays: "MM-DD" every year or "YYYY-MM-DD". */
    closingDays: z.array(z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/)).default([]),
    /** The first day one may book, in days from today (Brussels): 1 = from tomorrow. */
    minDaysAhead: z.number().int().min(0).max(60).default(1),
    /** The last day one may book, in days from today. */
    maxDaysAhead: z.number().int().min(1).max(365).default(56),
    /** Appointments to come one e-mail address may hold at once in the commune. */
    maxFuturePerPerson: z.number().int().min(1).max(20).default(3),
  })
  .refine((a) => a.minDaysAhead <= a.maxDaysAhead, { message: 'minDaysAhead is at most maxDaysAhead', path: ['maxDaysAhead'] })
  .refine((a) => new Set(a.services.map((s) => s.id)).size === a.services.length, {
    message: 'service ids are unique',
    path: ['services'],
  });
export type AppointmentsConfig = z.infer<typeof AppointmentsConfig>;

export function findService(config: AppointmentsConfig | undefined, id: string): AppointmentService | undefined {
  return config?.services.find((s) => s.id === id);
}

export function findType(service: AppointmentService, id: string): AppointmentType | undefined {
  return service.types.find((t) => t.id === id);
}
