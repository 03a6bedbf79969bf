/**
 * The CDK app: PlatformStack once, one CommuneStack per infra/communes/*.json, cdk-nag AwsSolutionsChecks on all.
 * Run through cdk.json ("npx tsx infra/bin/app.ts"): `npx cdk synth`, `npx cdk deploy --all`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { API_FUNCTIONS, BACKGROUND_FUNCTIONS } from '@tandem/shared';
import { missingHandlerEntries } from '../constructs/handler-entry.js';
import { PROJECT_ROOT } from '../constructs/paths.js';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { addTandemStacks } from '../stacks/tandem-app.js';

const app = new App();
const bundling = app.node.tryGetContext('aws:cdk:bundling-stacks') as string[] | undefined;
const missing = missingHandlerEntries([...Object.keys(API_FUNCTIONS), ...Object.keys(BACKGROUND_FUNCTIONS)]);
if (missing.length && (bundling === undefined || bundling.length > 0)) {
  console.error(
    `Cannot synthesise: these Lambda entry files do not exist yet (each must export \`handler\`):\n${missing.map((k) => `  functions/src/${k}.ts`).join('\n')}`,
  );
  process.exit(1);
}
// The built site goes up with the platform when it exists (`npm run build`); -c siteDir=… points elsewhere.
const siteDir = resolve(PROJECT_ROOT, (app.node.tryGetContext('siteDir') as string | undefined) ?? 'web/dist');
const hasSite = existsSync(resolve(siteDir, 'index.html'));
if (!hasSite) console.warn(`No built site at ${siteDir} (run \`npm run build\`): the site bucket is left as it is.`);
addTandemStacks(app, { communes: loadCommuneConfigs(), siteDir: hasSite ? siteDir : undefined });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
