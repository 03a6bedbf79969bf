/** The header that makes a write safe to retry, and the keys it accepts (functions/src/lib/idempotency.ts checks them). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
