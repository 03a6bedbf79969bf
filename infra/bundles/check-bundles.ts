/**
 * `npm run bundles`: the CI gate on Lambda bundle sizes. Runs `cdk synth TandemPlatform` with bundling on, prints every
 * function's bundle (minified and gzip size, budget, verdict) and exits 1 when one is over its budget (budgets.ts).
 * `npm run bundles -- --init` also measures each bundle's cold module-init time in fresh Node processes.
 */
import { bundleBudget } from './budgets.js';
import { bundleTable, overBudget } from './bundle-table.js';
import { moduleInitMs } from './module-init.js';
import { synthBundles } from './synth-bundles.js';

async function main() {
  const { bundles, synthSeconds } = await synthBundles();
  let initMs: Map<string, number> | undefined;
  if (process.argv.includes('--init')) {
    initMs = new Map();
    for (const b of bundles) initMs.set(b.key, await moduleInitMs(b));
  }
  console.log(`cdk synth TandemPlatform with bundling: ${synthSeconds.toFixed(1)} s\n`);
  console.log(bundleTable(bundles, initMs).join('\n'));
  const over = bundles.filter(overBudget);
  if (over.length) {
    console.error(`\n${over.length} bundle(s) over budget: ${over.map((b) => b.key).join(', ')}.`);
    console.error(
      'Find what grew (esbuild --metafile / --analyze) and shrink it; raise a budget only with its reason in infra/bundles/budgets.ts.',
    );
    process.exit(1);
  }
  const byReason = new Map<string, string[]>();
  for (const b of bundles) {
    const { reason } = bundleBudget(b.key);
    if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), b.key]);
  }
  for (const [reason, keys] of byReason) console.log(`  * ${keys.join(', ')}: ${reason}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
