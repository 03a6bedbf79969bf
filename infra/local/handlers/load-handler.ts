/** Imports a Lambda handler from functions/src by its entry name (the same names the route table and CDK use). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTIONS_SRC } from '../util/paths.js';
import { runAsFunction } from '../iam/function-identity.js';

// biome-ignore lint/suspicious/noExplicitAny: the runtime invokes every kind of handler (HTTP, stream, bus, schedule) with its own event type
export type AnyHandler = (event: any, context: Context) => Promise<any>;

const cache = new Map<string, Promise<AnyHandler>>();

/** Where a handler lives (overridable for tests of the runtime itself). */
let handlersDir = FUNCTIONS_SRC;
export function setHandlersDir(dir: string): void {
  handlersDir = dir;
  cache.clear();
}

export function handlerFile(name: string): string {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(name)) throw new Error(`not a handler name: ${name}`);
  return join(handlersDir, `${name}.ts`);
}

export function loadHandler(name: string): Promise<AnyHandler> {
  let p = cache.get(name);
  if (!p) {
    const file = handlerFile(name);
    p = (async () => {
      if (!existsSync(file)) throw new Error(`handler ${name} not found (${file})`);
      const mod = (await import(pathToFileURL(file).href)) as { handler?: AnyHandler };
      if (typeof mod.handler !== 'function') throw new Error(`${file} does not export \`handler\``);
      return mod.handler;
    })();
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p;
}

let invocation = 0;
/** A Lambda context like the one the runtime passes (names, ids, remaining time). */
export function lambdaContext(name: string, timeoutMs = 30_000): Context {
  const started = Date.now();
  const functionName = `tandem-local-${name.replace('/', '-')}`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: `local-${Date.now().toString(36)}-${(++invocation).toString(36)}`,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Told of each invocation once it ends: the function and how long its handler ran (what Lambda bills). */
export type InvocationObserver = (name: string, ms: number) => void;
const observers = new Set<InvocationObserver>();

/** Adds an observer of every invocation (the cost meter of `npm run cost`, bench/cost/); returns its removal. */
export function observeInvocations(observer: InvocationObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/** Invokes a function as Lambda would, as that function: the local access checks know whose grants apply. */
export async function invokeHandler(name: string, event: unknown): Promise<unknown> {
  const handler = await loadHandler(name);
  if (!observers.size) return runAsFunction(name, () => handler(event, lambdaContext(name)));
  const started = performance.now();
  try {
    return await runAsFunction(name, () => handler(event, lambdaContext(name)));
  } finally {
    const ms = performance.now() - started;
    for (const o of observers) o(name, ms);
  }
}
