import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PROJECT_ROOT } from '../constructs/paths.js';
import { loadCommuneConfigs } from './commune-files.js';
import { DEFAULT_REGION, addTandemStacks } from './tandem-app.js';

/** CloudFormation's hard limits per stack (nested stacks included). */
export const CLOUDFORMATION_LIMITS = { resources: 500, parameters: 200, outputs: 200 } as const;

/**
 * Past these a stack fails infra/test/stack-sizes.test.ts: room kept under CloudFormation's limits for the next
 * features, and the signal to give an area its own nested stack (infra/constructs/api-stacks.ts) before a deploy fails.
 */
export const STACK_SIZE_MARGINS = { resources: 450, parameters: 150, outputs: 150 } as const;

/** The built site the size counts synthesise with: the upload's resources do not depend on the site's content. */
export const SITE_FIXTURE = resolve(PROJECT_ROOT, 'infra/test/fixtures/site');

export interface StackSize {
  /** The stack's name, or a nested stack's construct path (TandemPlatform/Http/ApiWork). */
  stack: string;
  resources: number;
  parameters: number;
  outputs: number;
}

/** cdk.json's context (feature flags) plus no bundling: what the tests and the size count synthesise with, offline. */
export function unbundledContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] };
}

/** The nested stacks of a stack, at any depth, in construct-path order. */
export function nestedStacksOf(stack: Stack): NestedStack[] {
  return stack.node
    .findAll()
    .filter((c): c is NestedStack => NestedStack.isNestedStack(c) && c !== stack)
    .sort((a, b) => a.node.path.localeCompare(b.node.path));
}

/** A stack's size and each of its nested stacks'. */
export function stackSizes(stack: Stack): StackSize[] {
  return [stack, ...nestedStacksOf(stack)].map((s) => {
    const json = Template.fromStack(s).toJSON() as Record<string, Record<string, unknown> | undefined>;
    const count = (section: string) => Object.keys(json[section] ?? {}).length;
    return {
      stack: NestedStack.isNestedStack(s) ? s.node.path : s.stackName,
      resources: count('Resources'),
      // CDK's BootstrapVersion parameter counts too.
      parameters: count('Parameters'),
      outputs: count('Outputs'),
    };
  });
}

/** Every stack of the app as bin/app.ts builds it (the edge, the platform and its nested stacks, each commune), with the site upload. */
export function appStackSizes(): StackSize[] {
  const app = new App({ context: unbundledContext() });
  const { edge, platform, communes } = addTandemStacks(app, {
    communes: loadCommuneConfigs(),
    env: { region: DEFAULT_REGION },
    siteDir: SITE_FIXTURE,
  });
  return [edge, platform, ...communes].flatMap((s) => (s ? stackSizes(s) : []));
}
