/**
 * Scheduled (SCHEDULES: `generate-recurring-tasks`): for every commune, under its own credentials, makes each active
 * recurrence's tasks up to three weeks ahead (recurrence-generate.ts). Safe to run twice, or twice at once: a day's
 * task has one possible id and is put only if absent.
 */
import { addDays, brusselsDate, type CommuneRegistration } from '@tandem/shared';
import { clock } from '../lib/clock.js';
import { listCommunes } from '../communes/commune-store.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { asCommune } from '../lib/tenant.js';
import { allRecurrences } from './recurrence-store.js';
import { GENERATE_AHEAD_DAYS, generateRecurrence } from './recurrence-generate.js';

export interface SchedulerResult {
  recurrences: number;
  made: number;
  existing: number;
  changed: number;
}

/** The scheduler's event (EventBridge's has `time`); `today` may be forced (ops, tests). */
export const handler = backgroundHandler(
  'work/recurrence-scheduler',
  async (event: { time?: string; today?: string } = {}): Promise<SchedulerResult> => {
    const today = event.today ?? (event.time ? brusselsDate(event.time) : clock.today());
    const result: SchedulerResult = { recurrences: 0, made: 0, existing: 0, changed: 0 };
    for (const reg of await listCommunes()) {
      // Each commune with its own tenant credentials: one commune's recurrence cannot write another's tasks.
      await asCommune(reg.config.id, () => generateCommune(reg, today, result));
    }
    return result;
  },
);

async function generateCommune(reg: CommuneRegistration, today: string, result: SchedulerResult): Promise<void> {
  for (const rec of await allRecurrences(reg.config.id)) {
    if (!rec.active || (rec.generatedUntil && rec.generatedUntil >= addDays(today, GENERATE_AHEAD_DAYS))) continue;
    result.recurrences++;
    const r = await generateRecurrence(rec, today, clock.iso());
    result.made += r.made;
    result.existing += r.existing;
    if (r.changed) result.changed++;
  }
}
