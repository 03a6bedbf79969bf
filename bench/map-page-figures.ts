/**
 * The map page's figures as the bench prints them (bench/map-page.ts measures them): navigation → drawn beside its
 * goal (issue 14: under 1 s with 10,000 live items), what the page showed and read, when its first read answered, and
 * the machine's load (the figures grow with it).
 */
import { under } from './page-budgets-figures.js';
import { ms, pct } from './stats.js';

/** Issue 14's goal: the map page drawn in under a second with 10,000 live items. */
export const MAP_PAGE_GOAL_MS = 1000;

export interface MapPageFigures {
  /** Navigation → drawn, per counted load (ms). */
  drawnMs: number[];
  /** What the last load showed: list rows, items drawn on the map, and the items reads it made (size in KiB). */
  rows: number;
  drawn: number;
  reads: { url: string; kib: number; ms: number }[];
  /** Per counted load, when the page's first items read answered, from navigation (ms; the page's own clock). */
  readAnsweredMs: number[];
  /** The machine's 1-minute load average before and after the loads, and its CPUs: the figures grow with the load. */
  machine: { loadBefore: number; loadAfter: number; cpus: number };
}

/** The figure beside its goal, and what the page showed. */
export function mapPageLines(f: MapPageFigures): string[] {
  const p50 = pct(f.drawnMs, 50);
  const verdict = under(p50, MAP_PAGE_GOAL_MS);
  return [
    `map page drawn in Chromium  ${ms(p50).padStart(10)}  ${ms(pct(f.drawnMs, 99)).padStart(10)}   goal < ${MAP_PAGE_GOAL_MS / 1000} s: ${verdict} (${f.drawnMs.length} loads, navigation → list rows + map at rest; ${f.rows} rows, ${f.drawn} features drawn)`,
    ...f.reads.map((r) => `  the page's read ${r.url}: ${r.kib.toFixed(1)} KiB in ${r.ms.toFixed(0)} ms`),
    ...(f.readAnsweredMs.length
      ? [
          `  its first read answered ${pct(f.readAnsweredMs, 50).toFixed(0)} ms after navigation (p50); the map drawn ${(p50 - pct(f.readAnsweredMs, 50)).toFixed(0)} ms after that`,
        ]
      : []),
    `  machine: 1-minute load average ${f.machine.loadBefore.toFixed(1)} → ${f.machine.loadAfter.toFixed(1)} on ${f.machine.cpus} CPUs (the figures grow with it: compare runs on a quiet machine)`,
  ];
}
