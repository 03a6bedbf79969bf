/**
 * Which commune an invocation serves. Every handler runs inside an invocation scope (apiHandler,
 * backgroundHandler); the first thing that learns the commune (communeFromPath, Open311's jurisdiction, a
 * background record) pins it, and from then on `ddb()`/`s3()` (lib/aws.ts) are the clients signed with that
 * commune's tenant credentials. A store called with another commune's key is refused by IAM (dynamodb:LeadingKeys,
 * object prefix), whatever commune the buggy call passed: the scope is fixed by the request, not by the call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface Scope {
  commune?: string;
}
const invocation = new AsyncLocalStorage<Scope>();

/** Runs one invocation in its own scope (concurrent invocations on one machine never share it). */
export function inInvocation<T>(fn: () => T): T {
  return invocation.run({}, fn);
}

/** Pins the commune this invocation serves; an invocation never switches commune. */
export function serveCommune(commune: string): void {
  const scope = invocation.getStore();
  if (!scope) throw new Error('serveCommune called outside an invocation (apiHandler, backgroundHandler)');
  if (scope.commune !== undefined && scope.commune !== commune)
    throw new Error(`this invocation serves ${scope.commune}, it cannot switch to ${commune}`);
  scope.commune = commune;
}

/** Runs `fn` for one commune (a background function's record or a scheduled job's commune). */
export function asCommune<T>(commune: string, fn: () => Promise<T>): Promise<T> {
  return invocation.run({ commune }, fn);
}

/** The commune the current invocation serves, once known. */
export function servedCommune(): string | undefined {
  return invocation.getStore()?.commune;
}
