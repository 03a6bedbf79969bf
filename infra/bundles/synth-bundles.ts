/**
 * The Lambda bundles exactly as `cdk synth` builds them: runs the CDK CLI on the platform stack with bundling on (esbuild
 * through NodejsFunction, the options of constructs/tandem-function.ts), then finds each function's bundle from the template.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { API_FUNCTIONS, BACKGROUND_FUNCTIONS, REALTIME_FUNCTIONS } from '@tandem/shared';
import { PROJECT_ROOT } from '../constructs/paths.js';
import { functionId } from '../constructs/function-id.js';
import { PLATFORM_STACK_NAME } from '../stacks/tandem-app.js';

/**
 * Where the check synthesises. Inside the repository on purpose: a bundle imported from here finds the AWS SDK in the
 * repository's node_modules, as the deployed bundle finds the runtime's. Git-ignored, emptied before each synth.
 */
export const BUNDLES_OUTDIR = resolve(PROJECT_ROOT, 'cdk.out.bundles');

export interface FunctionBundle {
  /** Function key of API_FUNCTIONS / REALTIME_FUNCTIONS / BACKGROUND_FUNCTIONS. */
  key: string;
  /** The bundle's entry file (index.mjs) in the cloud assembly. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The function's environment variables; values the template only knows at deploy time become placeholders. */
  environment: Record<string, string>;
}

interface TemplateResource {
  Type: string;
  Metadata?: Record<string, unknown>;
  Properties?: { Environment?: { Variables?: Record<string, unknown> } };
}

/** Runs `cdk synth TandemPlatform` into outdir; rejects with the CLI's output when it fails. Returns the seconds it took. */
export async function synthPlatform(outdir = BUNDLES_OUTDIR): Promise<number> {
  rmSync(outdir, { recursive: true, force: true });
  const t0 = Date.now();
  const args = [
    'synth',
    PLATFORM_STACK_NAME,
    '--output',
    outdir,
    '--quiet',
    // The site's upload is not a bundle: skip staging web/dist (and the CLI layer that deploys it).
    '--context',
    `siteDir=${resolve(outdir, 'no-site')}`,
  ];
  const child = spawn(resolve(PROJECT_ROOT, 'node_modules/.bin/cdk'), args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CDK_HOME: resolve(PROJECT_ROOT, '.cdk') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`cdk synth ${PLATFORM_STACK_NAME} failed (exit ${code}):\n${output}`);
  return (Date.now() - t0) / 1000;
}

type TemplateJson = { Resources: Record<string, TemplateResource> };

/** The resources of the platform stack's template and of its nested stacks' (the API's functions: infra/constructs/api-stacks.ts). */
function platformResources(outdir: string): TemplateResource[] {
  const read = (file: string) => JSON.parse(readFileSync(resolve(outdir, file), 'utf8')) as TemplateJson;
  const parent = Object.values(read(`${PLATFORM_STACK_NAME}.template.json`).Resources);
  const nested = parent
    .filter((r) => r.Type === 'AWS::CloudFormation::Stack')
    .flatMap((r) => Object.values(read(String(r.Metadata?.['aws:asset:path'])).Resources));
  return [...parent, ...nested];
}

/** Every Tandem function's bundle in a synthesised platform stack, in the order of the route table. */
export function readBundles(outdir = BUNDLES_OUTDIR): FunctionBundle[] {
  const functions = platformResources(outdir).filter((r) => r.Type === 'AWS::Lambda::Function');
  const keys = [...Object.keys(API_FUNCTIONS), ...Object.keys(REALTIME_FUNCTIONS), ...Object.keys(BACKGROUND_FUNCTIONS)];
  return keys.map((key) => {
    // TandemFunction's CfnFunction sits at …/<functionId>/Function/Resource.
    const r = functions.find((f) => String(f.Metadata?.['aws:cdk:path']).endsWith(`/${functionId(key)}/Function/Resource`));
    const assetPath = r?.Metadata?.['aws:asset:path'];
    if (!r || typeof assetPath !== 'string') throw new Error(`No bundled Lambda function for ${key} in ${outdir}`);
    const file = resolve(outdir, assetPath, 'index.mjs');
    if (!existsSync(file)) throw new Error(`Bundle of ${key} not found: ${file}`);
    const code = readFileSync(file);
    return { key, file, bytes: code.length, gzipBytes: gzipSync(code).length, environment: plainEnvironment(r) };
  });
}

function plainEnvironment(r: TemplateResource): Record<string, string> {
  const vars = r.Properties?.Environment?.Variables ?? {};
  const placeholder = (k: string) =>
    k.endsWith('_URL') ? 'https://deploy-time.example' : `deploy-time-${k.toLowerCase().replace(/_/g, '-')}`;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' ? v : placeholder(k)]));
}

/** Synthesises the platform and returns its bundles. */
export async function synthBundles(outdir = BUNDLES_OUTDIR): Promise<{ bundles: FunctionBundle[]; synthSeconds: number }> {
  const synthSeconds = await synthPlatform(outdir);
  return { bundles: readBundles(outdir), synthSeconds };
}
