/**
 * Prints each CloudFormation stack's resources, parameters and outputs (nested stacks included), synthesised offline
 * without bundling and with the site upload: `npx tsx infra/bin/stack-sizes.ts` (docs/cloud.md, "Stack sizes").
 */
import { CLOUDFORMATION_LIMITS, STACK_SIZE_MARGINS, appStackSizes } from '../stacks/stack-sizes.js';

const rows = appStackSizes();
const width = Math.max(...rows.map((r) => r.stack.length));
console.log(`${'stack'.padEnd(width)}  resources  parameters  outputs`);
for (const r of rows)
  console.log(
    `${r.stack.padEnd(width)}  ${String(r.resources).padStart(9)}  ${String(r.parameters).padStart(10)}  ${String(r.outputs).padStart(7)}`,
  );
console.log(
  `\nCloudFormation's limits: ${CLOUDFORMATION_LIMITS.resources} resources, ${CLOUDFORMATION_LIMITS.parameters} parameters, ${CLOUDFORMATION_LIMITS.outputs} outputs a stack; infra/test/stack-sizes.test.ts fails past ${STACK_SIZE_MARGINS.resources}, ${STACK_SIZE_MARGINS.parameters}, ${STACK_SIZE_MARGINS.outputs}.`,
);
