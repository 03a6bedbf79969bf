/** Percentiles and their printing, shared by the bench's parts. */
export function pct(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
export const ms = (n: number) => `${n.toFixed(2)} ms`;
