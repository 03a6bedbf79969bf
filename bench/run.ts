/**
 * `npm run bench`: figures side by side, in one run, on this machine.
 *  1. JavaScript the report page loads before the map opens (raw and gzip), from the built site.
 *  2. p50/p99 of create-report and get-report through the local API (HTTP → v2 event → handler → DynamoDB
 *     Local), against a bare DynamoDB Local put/get from the same process.
 * Not a test: nothing here passes or fails on timing.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { startPlatform } from '../infra/local/platform.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../web/scripts/page-js.mjs';

const N = Number(process.env.BENCH_N ?? 300);
const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

function pct(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const lines: string[] = [];
  const page = pageJs(WEB_DIST, join(WEB_DIST, 'soignies/signaler/index.html')) as { files: unknown[]; bytes: number; gzipBytes: number };

  const platform = await startPlatform({ quiet: true, streams: false });
  try {
    const base = platform.url;
    const body = (i: number) => JSON.stringify({
      category: 'voirie', location: { lat: 50.5794 + (i % 50) * 1e-5, lng: 4.0714 }, description: `Banc de mesure numéro ${i}, trou dans la chaussée`,
      answers: { taille: 'petit' }, email: 'bench@example.org',
    });
    // Warm-up: loads handlers and opens connections.
    for (let i = 0; i < 20; i++) await fetch(`${base}/api/soignies/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }).then((r) => r.text());

    const create: number[] = [], get: number[] = [], codes: string[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}/api/soignies/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${Date.now()}-${i}` }, body: body(i) });
      const j = (await r.json()) as { code: string };
      create.push(performance.now() - t0);
      codes.push(j.code);
    }
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await fetch(`${base}/api/soignies/reports/${codes[i]}`).then((r) => r.text());
      get.push(performance.now() - t0);
    }

    const ddb = new DynamoDBClient({ region: 'eu-west-1', endpoint: platform.env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const put: number[] = [], read: number[] = [];
    for (let i = 0; i < 20; i++) await ddb.send(new PutItemCommand({ TableName: platform.env.TABLE_NAME, Item: { pk: { S: `BENCH#warm${i}` }, sk: { S: 'x' } } }));
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await ddb.send(new PutItemCommand({ TableName: platform.env.TABLE_NAME, Item: { pk: { S: `BENCH#${i}` }, sk: { S: 'x' }, description: { S: 'x'.repeat(120) } } }));
      put.push(performance.now() - t0);
    }
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await ddb.send(new GetItemCommand({ TableName: platform.env.TABLE_NAME, Key: { pk: { S: `BENCH#${i}` }, sk: { S: 'x' } } }));
      read.push(performance.now() - t0);
    }
    ddb.destroy();

    lines.push(`Tandem bench — ${new Date().toISOString()} — Node ${process.version}, N=${N}`);
    lines.push('');
    lines.push(`Report page JS before the map opens: ${(page.bytes / 1024).toFixed(1)} KiB raw, ${(page.gzipBytes / 1024).toFixed(1)} KiB gzip (${page.files.length} files)`);
    lines.push('');
    lines.push('                              p50         p99');
    lines.push(`create-report (local API)   ${ms(pct(create, 50)).padStart(10)}  ${ms(pct(create, 99)).padStart(10)}`);
    lines.push(`bare DynamoDB Local put     ${ms(pct(put, 50)).padStart(10)}  ${ms(pct(put, 99)).padStart(10)}`);
    lines.push(`get-report (local API)      ${ms(pct(get, 50)).padStart(10)}  ${ms(pct(get, 99)).padStart(10)}`);
    lines.push(`bare DynamoDB Local get     ${ms(pct(read, 50)).padStart(10)}  ${ms(pct(read, 99)).padStart(10)}`);
    console.log(lines.join('\n'));
  } finally {
    await platform.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
