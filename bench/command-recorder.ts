/**
 * Records the DynamoDB commands one function sends, on the handlers' own clients: the local runtime runs the handlers
 * in the bench's process (functions/src/lib/aws.ts's clients, one per commune and the base one), so a middleware
 * added to their stacks sees every command, marshalled as it goes on the wire, and the local runtime's
 * function identity (runAsFunction) says whose it is. Bench only: nothing in functions/ knows of it, and the
 * middleware is removed when the recording stops. Then `replayer` sends recorded commands again, bare, from a
 * client of the bench's own (command-replay.ts makes them fresh).
 */
import { performance } from 'node:perf_hooks';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import { baseDdb, ddbFor } from '../functions/src/lib/aws.js';
import { currentFunction } from '../infra/local/iam/function-identity.js';
import type { RecordedCommand } from './command-replay.js';

const MIDDLEWARE = 'tandemBenchCommandRecorder';

interface Stack {
  middlewareStack: {
    // biome-ignore lint/suspicious/noExplicitAny: a client's stack has its own input/output types; the recorder reads `input` only
    add(middleware: any, options: { step: 'build'; name: string; override: boolean }): void;
    remove(name: string): boolean;
  };
}

export interface Recording {
  /** Stops recording (the middleware leaves the clients) and gives the commands sent, in the order they started. */
  stop(): RecordedCommand[];
}

/**
 * Starts recording the commands `fn` (a handler name, e.g. `reports/create-report`) sends through the commune's table
 * client and the base one (commune registrations), as they are now: call it after the clients exist (a warm-up request).
 */
export function recordCommands(fn: string, commune: string): Recording {
  const clients: Stack[] = [ddbFor(commune), baseDdb()];
  const recorded: RecordedCommand[] = [];
  const middleware =
    (next: (args: { input: Record<string, unknown> }) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: { input: Record<string, unknown> }) => {
      if (currentFunction() !== fn) return next(args);
      const startedAt = performance.now();
      try {
        return await next(args);
      } finally {
        recorded.push({
          operation: (context.commandName ?? '').replace(/Command$/, ''),
          input: structuredClone(args.input),
          startedAt,
          endedAt: performance.now(),
        });
      }
    };
  // The build step comes after the Document client's marshalling (at serialize): the input is as sent.
  for (const c of clients) c.middlewareStack.add(middleware, { step: 'build', name: MIDDLEWARE, override: true });
  return {
    stop() {
      for (const c of clients) c.middlewareStack.remove(MIDDLEWARE);
      return recorded.sort((a, b) => a.startedAt - b.startedAt);
    },
  };
}

type AnyCommand = new (input: Record<string, unknown>) => Parameters<dynamodb.DynamoDBClient['send']>[0];

/** A bare client of the bench's own, sending recorded commands (already marshalled) by their operation's name. */
export function replayer(endpoint: string): { send(c: RecordedCommand): Promise<unknown>; destroy(): void } {
  const client = new dynamodb.DynamoDBClient({
    region: 'eu-west-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    send(c) {
      const Command = (dynamodb as unknown as Record<string, AnyCommand | undefined>)[`${c.operation}Command`];
      if (!Command) throw new Error(`no DynamoDB command ${c.operation}`);
      return client.send(new Command(c.input));
    },
    destroy: () => client.destroy(),
  };
}
