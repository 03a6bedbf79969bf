import { bundleBudget } from './budgets.js';
import type { FunctionBundle } from './synth-bundles.js';

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** True when the bundle's minified JavaScript is over its budget. */
export function overBudget(b: FunctionBundle): boolean {
  return b.bytes > bundleBudget(b.key).bytes;
}

/** The bundles as a text table: size (minified, gzip), budget, verdict, and the cold module-init time when measured. */
export function bundleTable(bundles: readonly FunctionBundle[], initMs?: ReadonlyMap<string, number>): string[] {
  const width = Math.max(8, ...bundles.map((b) => b.key.length));
  const lines = [
    `${'function'.padEnd(width)}  ${'min KiB'.padStart(8)}  ${'gzip KiB'.padStart(8)}  ${'budget'.padStart(7)}${initMs ? '  init ms' : ''}`,
  ];
  for (const b of bundles) {
    const budget = bundleBudget(b.key);
    const init = initMs ? `  ${(initMs.get(b.key)?.toFixed(0) ?? '—').padStart(7)}` : '';
    lines.push(
      `${b.key.padEnd(width)}  ${kib(b.bytes).padStart(8)}  ${kib(b.gzipBytes).padStart(8)}  ${kib(budget.bytes).padStart(6)}${budget.reason ? '*' : ' '}` +
        `${init}  ${overBudget(b) ? 'OVER' : 'ok'}`,
    );
  }
  const total = bundles.reduce((n, b) => n + b.bytes, 0);
  lines.push(`${bundles.length} bundles, ${kib(total)} KiB minified in all; budget* = above the default (infra/bundles/budgets.ts)`);
  return lines;
}
