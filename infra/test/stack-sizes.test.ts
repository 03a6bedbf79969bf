/**
 * CloudFormation refuses a stack past 500 resources (200 parameters, 200 outputs), nested stacks included: every stack
 * of the app, synthesised with the site upload, stays under STACK_SIZE_MARGINS, and a failure names the stack.
 * The same count, printed: `npx tsx infra/bin/stack-sizes.ts` (docs/cloud.md, "Stack sizes").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { apiStackContents } from '../constructs/api-stacks.js';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { CLOUDFORMATION_LIMITS, STACK_SIZE_MARGINS, type StackSize, appStackSizes } from '../stacks/stack-sizes.js';
import { PLATFORM_STACK_NAME } from '../stacks/tandem-app.js';

let sizes: StackSize[];
beforeAll(() => {
  sizes = appStackSizes();
});

describe('stack sizes', () => {
  it('counts the platform stack, each nested API stack, the edge and every commune stack', () => {
    expect(sizes.map((s) => s.stack).sort()).toEqual(
      [
        'TandemEdge',
        PLATFORM_STACK_NAME,
        ...[...apiStackContents().keys()].map((name) => `${PLATFORM_STACK_NAME}/Http/Api${name}`),
        ...loadCommuneConfigs().map((c) => `TandemCommune-${c.id}`),
      ].sort(),
    );
    // The site upload is counted (it adds its custom resources to the platform stack).
    expect(sizes.find((s) => s.stack === PLATFORM_STACK_NAME)!.resources).toBeGreaterThan(100);
  });

  it(`every stack stays under ${STACK_SIZE_MARGINS.resources} resources, ${STACK_SIZE_MARGINS.parameters} parameters and ${STACK_SIZE_MARGINS.outputs} outputs, with the site upload`, () => {
    const over = sizes.flatMap((s) =>
      (['resources', 'parameters', 'outputs'] as const)
        .filter((k) => s[k] > STACK_SIZE_MARGINS[k])
        .map(
          (k) =>
            `${s.stack} has ${s[k]} ${k} (margin ${STACK_SIZE_MARGINS[k]}, CloudFormation's limit ${CLOUDFORMATION_LIMITS[k]}): give an area its own nested stack in infra/constructs/api-stacks.ts`,
        ),
    );
    expect(over).toEqual([]);
  });
});
