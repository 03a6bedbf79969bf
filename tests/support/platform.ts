/**
 * For browser tests (and the benchmark): the whole platform exactly as `npm start` runs it, but on a
 * random free port, in-memory DynamoDB and temp directories, optionally with the demo reports.
 *
 *   const platform = await startTestPlatform();   // in beforeAll
 *   await page.goto(`${platform.url}/soignies/signaler/`);
 *   await platform.stop();                         // in afterAll
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, type Platform, type StartPlatformOptions } from '../../infra/local/platform.js';
import { readOutbox, type OutboxMail } from '../../infra/local/server/outbox-page.js';
import { WEB_DIST } from '../../infra/local/util/paths.js';

export type { Platform };

export async function startTestPlatform(options: StartPlatformOptions = {}): Promise<Platform> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (!options.webDist && !existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` before the browser tests');
  }
  return startPlatform({ quiet: true, port: 0, seed: false, schedules: false, rateLimits: 'test', ...options });
}

/** The mails the notifier wrote for this platform, newest first. */
export function outboxOf(platform: Platform): OutboxMail[] {
  return readOutbox(platform.paths.outbox);
}
