/**
 * A figure beside its goal, as the bench prints it (issue 14: every budget printed beside its goal): PASS or FAIL, a
 * figure printed, never a timed assertion. The verdicts are page-budgets-figures.ts's.
 */
import { under, type Verdict } from './page-budgets-figures.js';

/** Issue 14: with 100,000 reports and 20,000 tasks in one commune, the inbox, « Mon travail », a board and Open311's
 * default window answer in under 100 ms locally (p50). */
export const SCALE_GOAL_MS = 100;
/** Issue 14: create-report and get-report at most 1.5× the DynamoDB commands they send (p50). */
export const ROUTE_OVERHEAD_GOAL = 1.5;

/** At most `goal` (a ratio): PASS when `value ≤ goal`. */
export const atMost = (value: number, goal: number): Verdict => (value <= goal ? 'PASS' : 'FAIL');

/** « goal ≤ 1.5×: PASS » for a route's p50 against its bare commands' p50. */
export function ratioGoal(routeMs: number, bareMs: number, maxRatio: number): string {
  return `goal ≤ ${maxRatio}×: ${atMost(routeMs / bareMs, maxRatio)}`;
}

/** « goal < 100 ms: PASS » for a p50 (ms). */
export function underMsGoal(p50: number, goalMs: number): string {
  return `goal < ${goalMs} ms: ${under(p50, goalMs)}`;
}
