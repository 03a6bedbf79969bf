/**
 * `useLive(commune, topics, onChange)`: a screen follows topics on the staff app's one connection while it is shown
 * (live-connection.ts); `onChange` gets each change once, from the socket or from the catch-up after a reconnect.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RealtimeMessage } from '@tandem/shared/realtime/changes';
import { liveConnection } from './live-connection';

export function useLive(commune: string, topics: readonly string[], onChange: (m: RealtimeMessage) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = topics.join(',');
  useEffect(() => {
    const live = liveConnection(commune);
    // One listener for all the topics: a change that concerns several of them is handled once.
    const listener = (m: RealtimeMessage) => latest.current(m);
    const stops = topics.map((t) => live.follow(t, listener));
    return () => {
      for (const stop of stops) stop();
    };
  }, [commune, key]);
}

/** Calls `fn` once, `ms` after the last of a burst of calls (several changes arriving together reload once). */
export function useDebounced(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  latest.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), ms);
  };
}

/** A list following topics reads itself again, once for a burst of changes (`ms` after the last), quietly. */
export function useLiveRefresh(commune: string, topics: readonly string[], refresh: () => void, ms = 500): void {
  const later = useDebounced(refresh, ms);
  useLive(commune, topics, later);
}
