/**
 * The local stand-in for EventBridge schedule rules: runs each SCHEDULES target once at start, then every
 * `everyMinutes`, with a scheduled event like EventBridge's. Runs never overlap; failures are logged.
 */
import { SCHEDULES, type ScheduleDef } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { invokeHandler } from '../handlers/load-handler.js';
import type { Logger } from '../util/log.js';

export interface LocalScheduler {
  /** Runs one schedule now (what a timer does), e.g. from a test with a forced date. */
  run(name: string, extra?: Record<string, unknown>): Promise<unknown>;
  stop(): void;
}

/** `timers: false` sets no timer (tests run schedules by hand with `run`). */
export function startLocalScheduler(log: Logger, withTimers = true, schedules: readonly ScheduleDef[] = SCHEDULES): LocalScheduler {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  const run = async (name: string, extra: Record<string, unknown> = {}) => {
    const def = schedules.find((s) => s.name === name);
    if (!def) throw new Error(`no schedule named ${name}`);
    const previous = running.get(name);
    if (previous) await previous.catch(() => undefined);
    const event = { 'detail-type': 'Scheduled Event', source: 'aws.events', time: clock.iso(), detail: {}, ...extra };
    const p = invokeHandler(def.target, event);
    running.set(name, p);
    try {
      return await p;
    } finally {
      if (running.get(name) === p) running.delete(name);
    }
  };
  const tick = (def: ScheduleDef) =>
    run(def.name)
      .then((r) => log.info(`${def.name}: ${JSON.stringify(r)}`))
      .catch((e) => log.error(`${def.name} failed`, e));
  for (const def of withTimers ? schedules : []) {
    void tick(def);
    const t = setInterval(() => void tick(def), def.everyMinutes * 60_000);
    t.unref();
    timers.push(t);
  }
  return {
    run,
    stop: () => timers.forEach(clearInterval),
  };
}
