/** AWS's DynamoDB Local (the jar fetched by scripts/fetch-dynamodb-local.mjs), run as a Java child process. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawnManaged, stopStale } from '../util/children.js';
import { freePort } from '../util/ports.js';
import { DYNAMODB_LOCAL_DIR } from '../util/paths.js';

export interface DynamoDbLocalOptions {
  /** Directory for -sharedDb -dbPath; when absent the database lives in memory. */
  dbPath?: string;
  port?: number;
}

export interface RunningService {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningService> {
  const jar = join(DYNAMODB_LOCAL_DIR, 'DynamoDBLocal.jar');
  if (!existsSync(jar)) throw new Error(`DynamoDB Local is missing (${jar}): run \`npm install\` (its postinstall fetches it)`);
  const port = options.port ?? (await freePort());
  const storage = options.dbPath ? ['-sharedDb', '-dbPath', options.dbPath] : ['-inMemory'];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const pidFile = options.dbPath ? join(options.dbPath, 'dynamodb-local.pid') : undefined;
  if (pidFile) stopStale(pidFile, 'DynamoDBLocal.jar');
  const child = spawnManaged(
    'dynamodb',
    'java',
    [
      `-Djava.library.path=${join(DYNAMODB_LOCAL_DIR, 'DynamoDBLocal_lib')}`,
      '-jar',
      jar,
      ...storage,
      '-port',
      String(port),
      '-disableTelemetry',
    ],
    { cwd: DYNAMODB_LOCAL_DIR, env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' } },
    pidFile,
  );

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ region: 'eu-west-1', endpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.process.exitCode}):\n${child.output()}`);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch (e) {
      if (Date.now() > deadline) {
        await child.stop();
        throw new Error(`DynamoDB Local did not answer on ${endpoint}: ${String(e)}\n${child.output()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  client.destroy();
  return { endpoint, port, stop: () => child.stop() };
}
