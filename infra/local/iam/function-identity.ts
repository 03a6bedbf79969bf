/**
 * Which function is running: the local runtime invokes every handler inside runAsFunction, so the access check
 * knows whose role an AWS call is made with (as each Lambda function has its own role in the cloud). Calls made
 * outside any function (provisioning, seeding through the SDK, tests) have no identity and are not checked.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const running = new AsyncLocalStorage<string>();

export function runAsFunction<T>(name: string, fn: () => T): T {
  return running.run(name, fn);
}

export function currentFunction(): string | undefined {
  return running.getStore();
}
