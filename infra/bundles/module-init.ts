/**
 * Cold module-init time of a bundle: a fresh `node` process imports it and reports how long the import took (the
 * bundle's top level, its imports and the AWS SDK it loads), with the function's environment and NODE_OPTIONS.
 * Node's own start-up is not counted. Used by `npm run bench` and `npm run bundles -- --init`.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { FunctionBundle } from './synth-bundles.js';

const PROBE =
  'const t0 = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t0)); process.exit(0);';

/** One import of the bundle in a new process, in milliseconds; rejects with the child's stderr when the import fails. */
export async function importOnce(bundle: FunctionBundle): Promise<number> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(bundle.file).href], {
    // Only what Lambda would set: the function's variables (NODE_OPTIONS included) and the region. No credentials.
    env: {
      PATH: process.env.PATH ?? '',
      AWS_REGION: 'eu-west-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...bundle.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const ms = Number(out);
  if (code !== 0 || !Number.isFinite(ms)) throw new Error(`importing the ${bundle.key} bundle failed (exit ${code}):\n${err}`);
  return ms;
}

/** Median of `runs` cold imports, each in its own process, one after the other. */
export async function moduleInitMs(bundle: FunctionBundle, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await importOnce(bundle));
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  return samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}
