/**
 * The citizen forms filed at the counter (docs/counter.md): the staff app passes this to ReportForm and
 * PermitRequestForm, which then send to the staff's counter route with the agent's token, ask the citizen's contact
 * as optional (anonymous, or at least a name), save no draft, and hand the filing to the receipt instead of their
 * own "done" screen. Without it the forms are the citizen's, unchanged.
 */
import type { CounterChannel, CounterFiled } from '@tandem/shared/counter/counter-api';

export interface CounterFiling {
  channel: CounterChannel;
  /** POSTs to /api/{commune}/staff/<rest> with the agent's token and this Idempotency-Key. */
  post<T>(rest: string, body: unknown, idempotencyKey: string): Promise<T>;
  /** Filed: `what` is what the receipt says was filed (the category, the permit's title). */
  onFiled(filed: CounterFiled, what: string): void;
}
