// Pure statistics for the bench: percentiles of latency samples and rates, with no clock and no I/O.

/** A latency distribution as the report shows it, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The nearest-rank percentile of values already sorted ascending: the smallest value with at least `p`
 * percent of the samples at or below it. NaN for no samples, so an empty phase never looks fast.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new RangeError(`a percentile is between 0 and 100, not ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** p50, p95, p99 and max of unsorted samples (the input is not changed). */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : values[values.length - 1]!,
  };
}

/**
 * Vote-to-presenter latency by rank: the k-th rating sent on a statement is taken as delivered by the first
 * presenter update that counts at least k ratings on it. `sentAt` is ascending; `updates` are (time, count)
 * pairs in arrival order. Ratings no update reached are left out and counted in `undelivered`.
 */
export function deliveryLatencies(
  sentAt: readonly number[],
  updates: readonly { at: number; count: number }[],
): { latencies: number[]; undelivered: number } {
  const latencies: number[] = [];
  let delivered = 0;
  for (const update of updates) {
    const reached = Math.min(update.count, sentAt.length);
    for (; delivered < reached; delivered += 1) latencies.push(update.at - sentAt[delivered]!);
  }
  return { latencies, undelivered: sentAt.length - delivered };
}

/** Events per second over a span in milliseconds (0 for an empty span). */
export function perSecond(events: number, spanMs: number): number {
  return spanMs > 0 ? (events * 1000) / spanMs : 0;
}

/** Rounds for display and for the results file: one decimal below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}
