/**
 * The Idempotency-Key of a screen's write: the same request sent again (a retry after a lost answer, a second click)
 * keeps its key, so the server makes it once; another request, or any answer from the server (`forget`), gets a new one.
 */
import { useRef } from 'preact/hooks';
import { uuid } from './api';

export function useRetryKey() {
  const pending = useRef<{ signature: string; key: string }>();
  return {
    /** The key for this request (anything JSON can say of it: its body, or its method, path and body). */
    keyFor(request: unknown): string {
      const signature = JSON.stringify(request);
      if (pending.current?.signature !== signature) pending.current = { signature, key: uuid() };
      return pending.current.key;
    },
    forget() {
      pending.current = undefined;
    },
  };
}
