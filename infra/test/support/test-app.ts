import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadCommuneConfigs } from '../../stacks/commune-files.js';
import { unbundledContext } from '../../stacks/stack-sizes.js';
import { addTandemStacks } from '../../stacks/tandem-app.js';
import { flattenedTemplate } from './platform-templates.js';

/** cdk.json's context (feature flags) plus no bundling: esbuild does not run in unit tests. */
export const testContext = unbundledContext;

/**
 * The whole app, as bin/app.ts builds it, with its templates. `platform` is the platform stack with its nested
 * stacks' resources merged in (support/platform-templates.ts): what one deployment of it holds.
 */
export function buildTestApp() {
  const app = new App({ context: testContext() });
  const communes = loadCommuneConfigs();
  const stacks = addTandemStacks(app, { communes, env: { region: 'eu-west-1' } });
  const platform = flattenedTemplate(stacks.platform);
  const communeTemplates = new Map(stacks.communes.map((s, i) => [communes[i].id, Template.fromStack(s)]));
  return { app, communes, stacks, platform, communeTemplates };
}

/**
 * Every unacknowledged AwsSolutions finding (errors and warnings) as "rule at path". On the synthesised app, as
 * `cdk synth` runs its validation: only synthesis makes a nested stack's references to its parent into parameters,
 * and a nested stack's findings name those (nag-ref.ts).
 */
export function nagFindings(app: App): string[] {
  app.synth();
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}: ${v.description}`));
}
