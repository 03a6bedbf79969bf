/**
 * The map page's figures as the bench prints them (bench/map-page.ts measures them), for the path measured: on a
 * phone (the page opens on the list of the map's area, docs/map.md) navigation → the list drawn beside the goal, then
 * « Afficher la carte » pressed → the map drawn; on a wide screen navigation → the list and the map drawn beside the
 * goal (issue 14: under 1 s with 10,000 live items). With what the page showed and read, when its first read
 * answered, and the machine's load (the figures grow with it).
 */
import { under } from './page-budgets-figures.js';
import { ms, pct } from './stats.js';

/** Issue 14's goal: the map page drawn in under a second with 10,000 live items. */
export const MAP_PAGE_GOAL_MS = 1000;

/** The two ways the page opens: on a phone on the list (the map one press away), else on the map. */
export type MapPageProfile = 'phone' | 'wide';
export const MAP_PAGE_VIEWPORTS: Record<MapPageProfile, { width: number; height: number }> = {
  // Lighthouse's and the page budgets' phone width.
  phone: { width: 412, height: 915 },
  wide: { width: 1280, height: 900 },
};

export interface MapPageFigures {
  profile: MapPageProfile;
  /** Navigation → the page's first screen drawn (phone: the list of the area; wide: the list and the map), per counted load (ms). */
  drawnMs: number[];
  /** Phone only: « Afficher la carte » pressed → the map drawn at rest, per counted load (ms). */
  mapAfterTapMs: number[];
  /** What the last load showed: list rows, items drawn on the map, and the items reads it made (size in KiB). */
  rows: number;
  drawn: number;
  reads: { url: string; kib: number; ms: number }[];
  /** Per counted load, when the page's first items read answered, from navigation (ms; the page's own clock). */
  readAnsweredMs: number[];
  /** The machine's 1-minute load average before and after the loads, and its CPUs: the figures grow with the load. */
  machine: { loadBefore: number; loadAfter: number; cpus: number };
}

const size = (p: MapPageProfile) => `${MAP_PAGE_VIEWPORTS[p].width}×${MAP_PAGE_VIEWPORTS[p].height}`;

/** The figure beside its goal, saying which path it measured, and what the page showed. */
export function mapPageLines(f: MapPageFigures): string[] {
  const p50 = pct(f.drawnMs, 50);
  const verdict = under(p50, MAP_PAGE_GOAL_MS);
  const phone = f.profile === 'phone';
  const what = phone
    ? `navigation → the list of the map's area, the map not loaded; ${f.rows} rows`
    : `navigation → list rows + map at rest; ${f.rows} rows, ${f.drawn} features drawn`;
  const label = phone ? `map page, phone ${size('phone')}: list drawn` : `map page, wide ${size('wide')}: map drawn`;
  return [
    `${label.padEnd(36)}${ms(p50).padStart(10)}  ${ms(pct(f.drawnMs, 99)).padStart(10)}   goal < ${MAP_PAGE_GOAL_MS / 1000} s: ${verdict} (${f.drawnMs.length} loads, ${what})`,
    ...(phone && f.mapAfterTapMs.length
      ? [
          `${'  then the map, on its button'.padEnd(36)}${ms(pct(f.mapAfterTapMs, 50)).padStart(10)}  ${ms(pct(f.mapAfterTapMs, 99)).padStart(10)}   (« Afficher la carte » pressed → map at rest, ${f.drawn} features drawn; maplibre fetched only then)`,
        ]
      : []),
    ...f.reads.map((r) => `  the page's read ${r.url}: ${r.kib.toFixed(1)} KiB in ${r.ms.toFixed(0)} ms`),
    ...(f.readAnsweredMs.length
      ? [
          `  its first read answered ${pct(f.readAnsweredMs, 50).toFixed(0)} ms after navigation (p50); the ${phone ? 'list' : 'map'} drawn ${(p50 - pct(f.readAnsweredMs, 50)).toFixed(0)} ms after that`,
        ]
      : []),
    `  machine: 1-minute load average ${f.machine.loadBefore.toFixed(1)} → ${f.machine.loadAfter.toFixed(1)} on ${f.machine.cpus} CPUs (the figures grow with it: compare runs on a quiet machine)`,
  ];
}
