// How far the constituencies' means spread on one statement, and whether the spread exceeds the noise.
import { z } from "zod";
import { fisherFQuantileAbove, fisherFSurvival } from "./distributions.ts";
import { flooredSampleVariance, type Interval } from "./intervals.ts";
import type { Summary } from "./summary.ts";

/** One constituency's mean, named by its id. */
export const ConstituencyMean = z.object({ constituencyId: z.string(), mean: z.number() });
/** One constituency's mean. */
export type ConstituencyMean = z.infer<typeof ConstituencyMean>;

/** The spread of the constituencies' means on one statement. */
export const ConstituencySpread = z.object({
  /** Constituencies counted: those shown on their own and with enough ratings. */
  constituencies: z.number().int(),
  /** Highest mean minus lowest mean, in scale points. */
  range: z.number(),
  /** Standard deviation of the constituencies' means, each constituency counted once. */
  sd: z.number(),
  /** The constituency with the highest mean. */
  highest: ConstituencyMean,
  /** The constituency with the lowest mean. */
  lowest: ConstituencyMean,
  /** p-value of a one-way analysis of variance: the chance of a spread this large if all shared one mean. */
  pValue: z.number(),
  /** True when pValue < 0.05. */
  exceedsNoise: z.boolean(),
});
/** The spread of the constituencies' means on one statement. */
export type ConstituencySpread = z.infer<typeof ConstituencySpread>;

/** A constituency's id and summary. */
export interface ConstituencySummary {
  /** The constituency's id. */
  constituencyId: string;
  /** Its figures on the statement. */
  summary: Summary;
}

/** The groups with at least two ratings, and the within-group variance of a one-way analysis of variance. */
function oneWay(groups: readonly ConstituencySummary[]) {
  const rated = groups.flatMap(({ constituencyId, summary }) =>
    summary.n >= 2 && summary.mean !== null && summary.sd !== null
      ? [{ constituencyId, n: summary.n, mean: summary.mean, sd: summary.sd }]
      : [],
  );
  const total = rated.reduce((sum, group) => sum + group.n, 0);
  const within = rated.reduce((sum, group) => sum + flooredSampleVariance(group.sd, group.n) * (group.n - 1), 0);
  const df2 = total - rated.length;
  const sorted = [...rated].sort((a, b) => b.mean - a.mean);
  return { rated, total, df2, withinMeanSquare: within / df2, highest: sorted[0], lowest: sorted[sorted.length - 1] };
}

/**
 * Spread of the means of `groups` (the caller passes only constituencies that may be shown), with a
 * one-way analysis of variance whose within-group variances are floored like the intervals'. Null with
 * fewer than two groups holding at least two ratings.
 */
export function constituencySpread(groups: readonly ConstituencySummary[]): ConstituencySpread | null {
  const { rated, total, df2, withinMeanSquare, highest, lowest } = oneWay(groups);
  if (rated.length < 2 || !highest || !lowest) return null;
  const unweighted = rated.reduce((sum, group) => sum + group.mean, 0) / rated.length;
  const sd = Math.sqrt(rated.reduce((sum, group) => sum + (group.mean - unweighted) ** 2, 0) / rated.length);
  const grand = rated.reduce((sum, group) => sum + group.n * group.mean, 0) / total;
  const between = rated.reduce((sum, group) => sum + group.n * (group.mean - grand) ** 2, 0);
  const df1 = rated.length - 1;
  const pValue = fisherFSurvival(between / df1 / withinMeanSquare, df1, df2);
  return {
    constituencies: rated.length,
    range: highest.mean - lowest.mean,
    sd,
    highest: { constituencyId: highest.constituencyId, mean: highest.mean },
    lowest: { constituencyId: lowest.constituencyId, mean: lowest.mean },
    pValue,
    exceedsNoise: pValue < 0.05,
  };
}

/**
 * Scheffé's interval for the highest mean minus the lowest, at error rate `errorRate`: range ± √((g − 1) ·
 * F(1 − errorRate; g − 1, N − g) · MS_within · (1/n_high + 1/n_low)). It holds for every pair of groups at
 * once, the pair picked after seeing the data included, and it leaves out zero only when the analysis of
 * variance is significant at that rate. Null when `constituencySpread` is.
 */
export function spreadRangeInterval(groups: readonly ConstituencySummary[], errorRate: number): Interval | null {
  const { rated, df2, withinMeanSquare, highest, lowest } = oneWay(groups);
  if (rated.length < 2 || !highest || !lowest) return null;
  const df1 = rated.length - 1;
  const critical = Math.sqrt(df1 * fisherFQuantileAbove(errorRate, df1, df2));
  const half = critical * Math.sqrt(withinMeanSquare * (1 / highest.n + 1 / lowest.n));
  const range = highest.mean - lowest.mean;
  return { low: range - half, high: range + half };
}
