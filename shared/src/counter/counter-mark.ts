/** The mark of a request encoded at the counter (docs/counter.md): who encoded it and how the citizen came. */
import * as z from 'zod';

/** How the citizen reached the commune: at the counter (guichet), by phone, by post (courrier). */
export const COUNTER_CHANNELS = ['counter', 'phone', 'mail'] as const;
export type CounterChannel = (typeof COUNTER_CHANNELS)[number];

/** On the request: the agent (sub and display name) and the channel. */
export interface CounterMark {
  sub: string;
  /** The agent's display name (staff names are their work record, shown in timelines). */
  name: string;
  channel: CounterChannel;
}

/** On the first timeline entry, staff and citizen views alike (« encodé au guichet par … »): never the agent's sub. */
export const CounterMarkView = z.object({ by: z.string(), channel: z.enum(COUNTER_CHANNELS) });
export type CounterMarkView = z.infer<typeof CounterMarkView>;
