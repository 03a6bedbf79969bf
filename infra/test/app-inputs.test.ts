import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { EVENT_RULES } from '@tandem/shared';
import { toCdkEventPattern } from '../constructs/event-pattern.js';
import { handlerEntryPath, resolveHandlerEntry } from '../constructs/handler-entry.js';
import { COMMUNES_DIR, PLACEHOLDER_ENTRY } from '../constructs/paths.js';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { addTandemStacks } from '../stacks/tandem-app.js';
import { nagFindings, testContext } from './support/test-app.js';

const SITE_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/site');

describe('commune files', () => {
  it('loads every infra/communes/*.json, validated', () => {
    expect(loadCommuneConfigs().map((c) => c.id)).toEqual(['braine-le-comte', 'soignies']);
  });

  it('refuses an invalid file, naming the file and the failing fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communes-'));
    const good = JSON.parse(readFileSync(join(COMMUNES_DIR, 'soignies.json'), 'utf8'));
    writeFileSync(join(dir, 'soignies.json'), JSON.stringify({ ...good, branding: { ...good.branding, primary: 'blue' } }));
    expect(() => loadCommuneConfigs(dir)).toThrow(/soignies\.json is not a valid commune configuration:[\s\S]*branding\.primary/);
  });

  it('refuses a file whose name is not the commune id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communes-'));
    writeFileSync(join(dir, 'other.json'), readFileSync(join(COMMUNES_DIR, 'soignies.json')));
    expect(() => loadCommuneConfigs(dir)).toThrow(/id "soignies" must match the file name/);
  });
});

describe('event patterns', () => {
  it('maps EventBridge field names to CDK names', () => {
    expect(toCdkEventPattern(EVENT_RULES[0].pattern)).toEqual({
      source: EVENT_RULES[0].pattern.source,
      detailType: EVENT_RULES[0].pattern['detail-type'],
      detail: EVENT_RULES[0].pattern.detail,
    });
  });

  it('refuses a field EventBridge does not have at the top level', () => {
    expect(() => toCdkEventPattern({ commune: ['soignies'] })).toThrow(/Unsupported top-level field "commune"/);
  });
});

describe('handler entries', () => {
  it('uses functions/src/<key>.ts when it exists', () => {
    const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'S');
    expect(resolveHandlerEntry(stack, 'communes/get-commune')).toBe(handlerEntryPath('communes/get-commune'));
  });

  it('stands in a placeholder for a missing file only when bundling is skipped', () => {
    const skipped = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'S');
    expect(resolveHandlerEntry(skipped, 'nope/not-there')).toBe(PLACEHOLDER_ENTRY);
    const bundled = new Stack(new App(), 'S');
    expect(() => resolveHandlerEntry(bundled, 'nope/not-there')).toThrow(/Missing Lambda entry file functions\/src\/nope\/not-there\.ts/);
  });
});

describe('environment-agnostic synthesis', () => {
  it('an app without account or region still passes cdk-nag with no finding', () => {
    const app = new App({ context: testContext() });
    addTandemStacks(app, { communes: loadCommuneConfigs(), env: {}, siteDir: SITE_FIXTURE });
    expect(nagFindings(app)).toEqual([]);
  });
});

describe('site upload', () => {
  it('uploads the built site with the platform, invalidates CloudFront, and stays free of cdk-nag findings', async () => {
    const { Template } = await import('aws-cdk-lib/assertions');
    const app = new App({ context: testContext() });
    const { platform } = addTandemStacks(app, { communes: loadCommuneConfigs(), env: { region: 'eu-west-1' }, siteDir: SITE_FIXTURE });
    const t = Template.fromStack(platform);
    const deployments = t.findResources('Custom::CDKBucketDeployment');
    expect(Object.keys(deployments)).toHaveLength(2);
    const props = Object.values(deployments).map((d) => (d as { Properties: Record<string, unknown> }).Properties);
    expect(props.filter((p) => p.DistributionPaths)).toHaveLength(1);
    expect(props.find((p) => p.DestinationBucketKeyPrefix === '_assets/')?.Prune).toBe(false);
    expect(nagFindings(app)).toEqual([]);
  });
});
