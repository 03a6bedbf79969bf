/**
 * The local event bus: applies the same rules as the EventBridge rules CDK deploys (EVENT_RULES), with the
 * same pattern semantics (matchesPattern), and invokes each matching rule's target handler with an
 * EventBridge event. Delivery is asynchronous, like EventBridge's; failures are retried, then dead-lettered.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventBridgeEvent } from 'aws-lambda';
import { EVENT_RULES, matchesPattern, type EventRuleDef } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { invokeHandler } from '../handlers/load-handler.js';
import { logger, type Logger } from '../util/log.js';

/** One entry of a PutEvents call (AWS JSON field names). */
export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: string | number | Date;
}
export interface PutEventsResultEntry {
  EventId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}

export type BusEvent = EventBridgeEvent<string, unknown>;
export type Invoke = (target: string, event: BusEvent) => Promise<unknown>;

export interface LocalBusOptions {
  busName: string;
  region?: string;
  account?: string;
  rules?: readonly EventRuleDef[];
  /** Where undeliverable events are written (one JSON file each). */
  deadLetterDir: string;
  /** Attempts per target before dead-lettering (EventBridge retries too). */
  maxAttempts?: number;
  /** Delay before retry n (1-based). */
  retryDelayMs?: (attempt: number) => number;
  invoke?: Invoke;
  log?: Logger;
}

const defaultInvoke: Invoke = (target, event) => invokeHandler(target, event);

function toIso(t: PutEventsEntry['Time']): string {
  if (t === undefined) return clock.iso().replace(/\.\d{3}Z$/, 'Z');
  const d = typeof t === 'number' ? new Date(t < 1e12 ? t * 1000 : t) : new Date(t);
  return Number.isNaN(d.getTime()) ? clock.iso() : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class LocalBus {
  private readonly pending = new Set<Promise<void>>();
  private readonly o: Required<Omit<LocalBusOptions, 'log'>> & { log: Logger };
  /** Every event accepted, for inspection in tests (bounded). */
  readonly recent: BusEvent[] = [];

  constructor(options: LocalBusOptions) {
    this.o = {
      region: 'eu-west-1',
      account: '000000000000',
      rules: EVENT_RULES,
      maxAttempts: 3,
      retryDelayMs: (n) => 200 * 4 ** (n - 1),
      invoke: defaultInvoke,
      log: logger('bus'),
      ...options,
    };
  }

  private acceptsBus(name: string | undefined): boolean {
    if (!name) return false;
    return name === this.o.busName || name.endsWith(`:event-bus/${this.o.busName}`);
  }

  /** What PutEvents does: validates each entry, assigns ids, and schedules delivery. */
  putEvents(entries: PutEventsEntry[]): { FailedEntryCount: number; Entries: PutEventsResultEntry[] } {
    let failed = 0;
    const results = entries.map((entry): PutEventsResultEntry => {
      let detail: unknown;
      try {
        detail = JSON.parse(entry.Detail ?? '');
      } catch {
        failed++;
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
      }
      if (!entry.Source || !entry.DetailType || typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
        failed++;
        return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source, DetailType and an object Detail are required' };
      }
      const event: BusEvent = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType,
        source: entry.Source,
        account: this.o.account,
        time: toIso(entry.Time),
        region: this.o.region,
        resources: entry.Resources ?? [],
        detail,
      };
      if (!this.acceptsBus(entry.EventBusName)) {
        this.o.log.warn(
          `event "${entry.DetailType}" sent to bus ${entry.EventBusName ?? '(default)'}, not ${this.o.busName}: no rule applies there`,
        );
      } else {
        this.publish(event);
      }
      return { EventId: event.id };
    });
    return { FailedEntryCount: failed, Entries: results };
  }

  /** Applies the rules to one event and delivers it to every matching target. */
  publish(event: BusEvent): void {
    this.recent.push(event);
    if (this.recent.length > 500) this.recent.shift();
    for (const rule of this.o.rules) {
      if (!matchesPattern(event, rule.pattern)) continue;
      const p = this.deliver(rule, event).finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  private async deliver(rule: EventRuleDef, event: BusEvent): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.o.maxAttempts; attempt++) {
      try {
        await this.o.invoke(rule.target, event);
        return;
      } catch (e) {
        lastError = e;
        this.o.log.error(`rule ${rule.name} → ${rule.target} failed on event ${event.id} (attempt ${attempt}/${this.o.maxAttempts})`, e);
        if (attempt < this.o.maxAttempts) await new Promise((r) => setTimeout(r, this.o.retryDelayMs(attempt)));
      }
    }
    this.deadLetter(rule, event, lastError);
  }

  private deadLetter(rule: EventRuleDef, event: BusEvent, error: unknown): void {
    mkdirSync(this.o.deadLetterDir, { recursive: true });
    const file = join(this.o.deadLetterDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${rule.name}-${event.id}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          rule: rule.name,
          target: rule.target,
          attempts: this.o.maxAttempts,
          failedAt: new Date().toISOString(),
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
          event,
        },
        null,
        2,
      )}\n`,
    );
    this.o.log.warn(`event ${event.id} dead-lettered to ${file}`);
  }

  /** Resolves when every delivery started so far has finished (succeeded or dead-lettered). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
