/**
 * Global setup of the vitest "integration" project: starts the whole local platform once (in-memory
 * DynamoDB Local, s3rver and cognito-local on temp dirs, random free ports, the local server, bus and
 * stream poller), provisions everything from the shared definitions, and hands the handler environment
 * to the test workers: through `provide` (read with inject('tandemEnv')) and through process.env, which
 * the forked workers inherit. tests/support/handler-env.setup.ts applies it in each worker.
 */
import type { TestProject } from 'vitest/node';
import { startPlatform, type Platform } from '../../infra/local/platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The handler environment (TABLE_NAME, *_ENDPOINT, OUTBOX_DIR, …). */
    tandemEnv: Record<string, string>;
    /** Origin of the local server (site, /api, /_local/outbox). */
    tandemUrl: string;
    /** The demo accounts' password. */
    tandemDemoPassword: string;
    /** The platform's (temporary) data directory: outbox, dead letters, state file. */
    tandemDataDir: string;
  }
}

let platform: Platform | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  platform = await startPlatform({
    quiet: true,
    seed: false,
    schedules: false,
    rateLimits: 'test',
    streams: process.env.TANDEM_IT_STREAMS !== 'off',
  });
  // startPlatform already put the variables into this process's env; the workers are forked after this.
  project.provide('tandemEnv', platform.env);
  project.provide('tandemUrl', platform.url);
  project.provide('tandemDemoPassword', platform.demoPassword);
  project.provide('tandemDataDir', platform.paths.root);
  process.env.TANDEM_URL = platform.url;
  return async () => {
    await platform?.stop();
    platform = undefined;
  };
}
