/**
 * The figures of a route beside its DynamoDB commands (api-overhead.ts measures them) and their printing: p50/p99 of
 * the route, of its handler in process and of its commands sent bare, their ratio and each goal beside it (PASS/FAIL:
 * a figure printed, never a timed assertion). Pure: unit-tested beside it.
 */
import { ratioGoal, underMsGoal } from './goals.js';
import { ms, pct } from './stats.js';

export interface RouteFigures {
  label: string;
  route: number[];
  /** The handler invoked in process with the gateway's event (the route without HTTP). */
  handler: number[];
  bare: number[];
  /** The commands, as `describeCommands` says them. */
  commands: string;
  maxRatio?: number;
  underMs?: number;
  note?: string;
  /** This process's CPU per request (ms) for each (the platform runs in it; DynamoDB Local does not). */
  cpuMs?: { route: number; handler: number; bare: number };
}

/** The lines of a table of routes beside their commands, under `title`. */
export function routeLines(title: string, figures: readonly RouteFigures[]): string[] {
  const w = Math.max(16, ...figures.map((f) => f.label.length + 2));
  const cell = (x: number) => ms(x).padStart(12);
  return [
    title,
    `${''.padEnd(w)}${['route p50', 'route p99', 'handler p50', 'bare p50', 'bare p99'].map((h) => h.padStart(12)).join('')}   ratio`,
    ...figures.flatMap((f) => {
      const [r50, b50] = [pct(f.route, 50), pct(f.bare, 50)];
      const goals = [
        ...(f.underMs === undefined ? [] : [underMsGoal(r50, f.underMs)]),
        ...(f.maxRatio === undefined ? [] : [ratioGoal(r50, b50, f.maxRatio)]),
      ];
      const goal = goals.map((g) => `   ${g}`).join('');
      const cells = [r50, pct(f.route, 99), pct(f.handler, 50), b50, pct(f.bare, 99)].map(cell).join('');
      const note = f.note ? `; ${f.note}` : '';
      const row = `${f.label.padEnd(w)}${cells}  ${(r50 / b50).toFixed(2).padStart(5)}×${goal}   (${f.commands}${note})`;
      const c = f.cpuMs;
      return c
        ? [
            row,
            `${''.padEnd(w)}  CPU of the bench's process per request: route ${ms(c.route)}, handler ${ms(c.handler)}, bare ${ms(c.bare)}`,
          ]
        : [row];
    }),
    'route: through the local API (HTTP → gateway event → handler); handler: the same event invoked in process; bare: its commands from the bench',
  ];
}
