/** Latency figures of one step, in milliseconds (one decimal). */
export interface StepSummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * The nearest-rank percentile of `values` (need not be sorted): the smallest
 * value with at least `p` percent of the values at or below it. NaN when empty.
 *
 * @example
 * // 20 values 1..20: p95 is 19 (19 of 20 values are ≤ 19), p99 is 20.
 * percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95); // 19
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarize(values: readonly number[]): StepSummary {
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    count: values.length,
    p50Ms: round1(percentile(values, 50)),
    p95Ms: round1(percentile(values, 95)),
    p99Ms: round1(percentile(values, 99)),
    maxMs: round1(values.length === 0 ? Number.NaN : Math.max(...values)),
    meanMs: round1(values.length === 0 ? Number.NaN : sum / values.length),
  };
}

export function round1(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}
