/**
 * cognito-local, a Cognito-compatible server, run as a child process. It keeps its data in ./.cognito of
 * its working directory, so the runtime starts it in <data>/cognito. Its tokens are signed with its own
 * key and carry iss = http://<HOST>:<PORT>/<userPoolId>.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnManaged, stopStale } from '../util/children.js';
import { freePort, waitForHttp } from '../util/ports.js';
import type { RunningService } from './dynamodb-local.js';

const require = createRequire(import.meta.url);

function cognitoLocalBin(): string {
  const pkg = require.resolve('cognito-local/package.json');
  const { bin } = require('cognito-local/package.json') as { bin: string | Record<string, string> };
  return join(dirname(pkg), typeof bin === 'string' ? bin : bin['cognito-local']);
}

export const COGNITO_HOST = '127.0.0.1';

export async function startCognitoLocal(options: { directory: string; port?: number }): Promise<RunningService> {
  mkdirSync(options.directory, { recursive: true });
  const port = options.port ?? (await freePort());
  const pidFile = join(options.directory, 'cognito-local.pid');
  stopStale(pidFile, 'cognito-local');
  const child = spawnManaged(
    'cognito',
    process.execPath,
    [cognitoLocalBin()],
    {
      cwd: options.directory,
      env: { ...process.env, PORT: String(port), HOST: COGNITO_HOST },
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
