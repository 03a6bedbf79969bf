/**
 * Which socket message belongs to which change, and how long each took to arrive (bench/realtime-latency.ts).
 * A change and its message share the item, the timeline kind and the instant of the change's timeline entry: the
 * staff API answers the report with its timeline, and the fan-out's message carries the same `at` (the bus event's,
 * taken from the timeline item by stream-to-bus), so each message is matched to exactly one change, never by order.
 */

/** What a change and the message about it both name. */
export const changeKey = (ref: string, kind: string, at: string) => `${ref} ${kind} ${at}`;

/** The key of the state change the staff API just made: the newest `state_changed` entry of the answered timeline. */
export function stateChangeKey(
  code: string,
  timeline: readonly { at: string; kind: string; to?: string }[],
  to: string,
): string | undefined {
  const at = timeline
    .filter((t) => t.kind === 'state_changed' && t.to === to)
    .map((t) => t.at)
    .sort()
    .at(-1);
  return at === undefined ? undefined : changeKey(code, 'state_changed', at);
}

/** One change as the bench made it: its key and when its request started (performance.now()). */
export interface TimedChange {
  key: string;
  startedAt: number;
}

/**
 * For every change and every client: the time from the change's start to that client's first message with its key
 * (`arrivals`: per client, key → performance.now() on receipt), pooled; `missed` counts the pairs that never arrived,
 * `duplicates` the messages a client got more than once for one change (`repeats`: per client, key → extra copies).
 */
export function deliveryTimes(
  changes: readonly TimedChange[],
  arrivals: readonly ReadonlyMap<string, number>[],
  repeats: readonly ReadonlyMap<string, number>[] = [],
): { latencies: number[]; missed: number; duplicates: number } {
  const latencies: number[] = [];
  let missed = 0;
  let duplicates = 0;
  for (const c of changes) {
    arrivals.forEach((got, i) => {
      const at = got.get(c.key);
      if (at === undefined) missed++;
      else latencies.push(at - c.startedAt);
      duplicates += repeats[i]?.get(c.key) ?? 0;
    });
  }
  return { latencies, missed, duplicates };
}
