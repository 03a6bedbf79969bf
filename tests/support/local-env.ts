/** What integration tests read about the running local platform (set up by global-setup.ts). */
import { inject } from 'vitest';

export const localEnv = () => inject('tandemEnv');
export const localUrl = () => inject('tandemUrl');
export const demoPassword = () => inject('tandemDemoPassword');
export const localDataDir = () => inject('tandemDataDir');

/** Polls until `probe` returns a value (not undefined), or fails after `timeoutMs`. Not a timing assertion. */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
