/**
 * The PDF fonts in real Lambda bundles: TandemFunction bundles (esbuild, as `cdk synth` does) the function that
 * issues permits and one that does not; only the first gets `fonts/`. Then a bundle of the documents module,
 * moved away from the repository's node_modules, renders a PDF in a fresh Node process from its `fonts/` alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, DOCUMENT_FONT_FILES } from '../../functions/src/documents/document-font-files.js';
import { documentText, openPdf } from '../../functions/src/permits/documents/documents.test-support.js';
import { copyDocumentFontsCommands } from '../constructs/document-fonts-bundling.js';
import { PROJECT_ROOT } from '../constructs/paths.js';
import { TandemFunction } from '../constructs/tandem-function.js';

const FONT_FILES = [...Object.values(DOCUMENT_FONT_FILES), 'LICENSE'].sort();
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tandem-fonts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The staged bundle folder of each Lambda function of a synthesised stack, by construct id. */
function bundleDirs(outdir: string, stack: Stack): Map<string, string> {
  const template = (stack.node.root as App).synth().getStackByName(stack.stackName).template;
  const dirs = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries<any>(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    dirs.set(logicalId, join(outdir, resource.Metadata['aws:asset:path']));
  }
  return dirs;
}

describe('document fonts in the Lambda bundles', () => {
  it('are copied beside the bundle that issues permits, and only there', () => {
    const outdir = join(work, 'cdk.out');
    const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
    const stack = new Stack(app, 'Fonts');
    new TandemFunction(stack, 'Issue', { handlerKey: 'permits/change-permit', environment: {} });
    new TandemFunction(stack, 'Other', { handlerKey: 'communes/get-commune', environment: {} });
    const dirs = bundleDirs(outdir, stack);
    const issue = [...dirs].find(([id]) => id.startsWith('Issue'))![1];
    const other = [...dirs].find(([id]) => id.startsWith('Other'))![1];
    expect(existsSync(join(issue, 'index.mjs'))).toBe(true);
    expect(readdirSync(join(issue, BUNDLED_FONT_DIR)).sort()).toEqual(FONT_FILES);
    expect(existsSync(join(other, 'index.mjs'))).toBe(true);
    expect(existsSync(join(other, BUNDLED_FONT_DIR))).toBe(false);
  });

  it('are found at run time by a bundle far from node_modules', async () => {
    const outdir = join(work, 'documents');
    await build({
      entryPoints: [resolve(PROJECT_ROOT, 'functions/src/permits/documents/index.ts')],
      outfile: join(outdir, 'index.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      minify: true,
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);",
      },
    });
    const render = join(outdir, 'render.mjs');
    writeFileSync(
      render,
      `
      import { renderAuthorisationPdf } from './index.mjs';
      const permit = { code: 'ABCD-1234', reference: 'EV-2026-0007', kind: 'event', title: 'Fête', holder: { name: 'Łukasz Żółć' },
        period: { start: '2026-05-12', end: '2026-05-12' }, place: { label: 'Анна', geometry: { type: 'Point', coordinates: [4.07, 50.58] } },
        fee: 0, decision: { outcome: 'approved', at: '2026-04-20' }, issuedAt: '2026-04-21' };
      const commune = { id: 'x', name: 'Ville', email: 'a@b.example', website: 'b.example', branding: { primary: '#0b5394' } };
      const bytes = await renderAuthorisationPdf({ permit, commune, trackingUrl: 'https://t.example/x' });
      process.stdout.write(Buffer.from(bytes).toString('base64'));
    `,
    );
    const run = () =>
      new Uint8Array(Buffer.from(execFileSync(process.execPath, [render], { cwd: outdir, encoding: 'utf8', stdio: 'pipe' }), 'base64'));
    expect(run).toThrow(/document fonts are missing/); // before the hook: nothing to fall back on out here
    for (const command of copyDocumentFontsCommands(PROJECT_ROOT, outdir)) execFileSync('bash', ['-c', command], { cwd: PROJECT_ROOT });
    expect(readdirSync(join(outdir, BUNDLED_FONT_DIR)).sort()).toEqual(FONT_FILES);
    const text = await documentText(await openPdf(run()));
    expect(text).toContain('Titulaire Łukasz Żółć');
    expect(text).toContain('Lieu Анна');
  });
});
