/**
 * cognito-local, a Cognito-compatible server, run as a child process. It keeps its data in ./.cognito of
 * its working directory, so the runtime starts it in <data>/cognito. Its tokens are signed with its own
 * key and carry iss = http://<HOST>:<PORT>/<userPoolId>. It starts through cognito-local-parity.cjs, which adds
 * what Tandem relies on and cognito-local lacks (client WriteAttributes, disabled users, global sign-out,
 * invitations in the outbox).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { spawnManaged, stopStale } from '../util/children.js';
import { freePort, waitForHttp } from '../util/ports.js';
import type { RunningService } from './dynamodb-local.js';

/** cognito-local's own start script, behind the parity additions. */
const PARITY_START = join(dirname(fileURLToPath(import.meta.url)), 'cognito-local-parity.cjs');

export const COGNITO_HOST = '127.0.0.1';

/** `outboxDir`: where the invitation mails of AdminCreateUser go (the local outbox), as Cognito would send them. */
export async function startCognitoLocal(options: { directory: string; port?: number; outboxDir?: string }): Promise<RunningService> {
  mkdirSync(options.directory, { recursive: true });
  const port = options.port ?? (await freePort());
  const pidFile = join(options.directory, 'cognito-local.pid');
  stopStale(pidFile, 'cognito-local');
  const child = spawnManaged(
    'cognito',
    process.execPath,
    [PARITY_START],
    {
      cwd: options.directory,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: COGNITO_HOST,
        ...(options.outboxDir ? { TANDEM_OUTBOX_DIR: options.outboxDir } : {}),
      },
    },
    pidFile,
  );
  const endpoint = `http://${COGNITO_HOST}:${port}`;
  try {
    await Promise.race([
      waitForHttp(`${endpoint}/health`, 30_000, (r) => r.ok),
      new Promise((_, reject) =>
        child.process.once('exit', (code) => reject(new Error(`cognito-local exited (${code}):\n${child.output()}`))),
      ),
    ]);
  } catch (e) {
    await child.stop();
    throw e;
  }
  return { endpoint, port, stop: () => child.stop() };
}

/** The issuer cognito-local writes into tokens of a pool (checked against a real sign-in by provisioning). */
export const cognitoIssuer = (endpoint: string, userPoolId: string) => `${endpoint}/${userPoolId}`;
