/**
 * Percentiles of duration samples, as spreadsheets compute them (Excel's PERCENTILE.INC and MEDIAN, LibreOffice's
 * PERCENTILE): linear interpolation between the two closest ranks (Hyndman & Fan's type 7). Chosen so that staff who
 * export the figures can check them in their spreadsheet and find the same numbers.
 */

/** The p-th percentile (0 ≤ p ≤ 1) of samples sorted in ascending order; undefined without samples. */
export function percentileOfSorted(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a percentile is between 0 and 1: ${p}`);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface DurationSummary {
  count: number;
  median?: number;
  p90?: number;
}

/** Count, median and 90th percentile of samples (any order), each rounded to `decimals`. */
export function summarise(samples: readonly number[], decimals = 1): DurationSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 10 ** decimals) / 10 ** decimals);
  const median = round(percentileOfSorted(sorted, 0.5));
  const p90 = round(percentileOfSorted(sorted, 0.9));
  return { count: sorted.length, ...(median !== undefined ? { median } : {}), ...(p90 !== undefined ? { p90 } : {}) };
}
