/** s3rver, an S3-compatible server, run in-process on a directory (objects survive restarts there). */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from '../util/ports.js';
import type { RunningService } from './dynamodb-local.js';

const require = createRequire(import.meta.url);

/** s3rver's fixed credentials. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverCtor = new (options: Record<string, unknown>) => S3rverInstance;

export async function startS3rver(options: { directory: string; port?: number }): Promise<RunningService> {
  mkdirSync(options.directory, { recursive: true });
  const S3rver = require('s3rver') as S3rverCtor;
  const port = options.port ?? (await freePort());
  const server = new S3rver({ address: '127.0.0.1', port, directory: options.directory, silent: true });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await server.close();
    },
  };
}
