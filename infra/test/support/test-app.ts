import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from '../../constructs/paths.js';
import { loadCommuneConfigs } from '../../stacks/commune-files.js';
import { addTandemStacks } from '../../stacks/tandem-app.js';

/** cdk.json's context (feature flags) plus no bundling: esbuild does not run in unit tests. */
export function testContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] };
}

/** The whole app, as bin/app.ts builds it, with its templates. */
export function buildTestApp() {
  const app = new App({ context: testContext() });
  const communes = loadCommuneConfigs();
  const stacks = addTandemStacks(app, { communes, env: { region: 'eu-west-1' } });
  const platform = Template.fromStack(stacks.platform);
  const communeTemplates = new Map(stacks.communes.map((s, i) => [communes[i].id, Template.fromStack(s)]));
  return { app, communes, stacks, platform, communeTemplates };
}

/** Every unacknowledged AwsSolutions finding (errors and warnings) as "rule at path". */
export function nagFindings(app: App): string[] {
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}: ${v.description}`));
}
