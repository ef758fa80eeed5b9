// How far the constituencies' means spread on one statement, and whether the spread exceeds the noise.
import { z } from "zod";
import { fisherFSurvival } from "./distributions.ts";
import { flooredSampleVariance } from "./intervals.ts";
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

/**
 * Spread of the means of `groups` (the caller passes only constituencies that may be shown), with a
 * one-way analysis of variance whose within-group variances are floored like the intervals'. Null with
 * fewer than two groups holding at least two ratings.
 */
export function constituencySpread(groups: readonly ConstituencySummary[]): ConstituencySpread | null {
  const rated = groups.flatMap(({ constituencyId, summary }) =>
    summary.n >= 2 && summary.mean !== null && summary.sd !== null
      ? [{ constituencyId, n: summary.n, mean: summary.mean, sd: summary.sd }]
      : [],
  );
  if (rated.length < 2) return null;
  const sorted = [...rated].sort((a, b) => b.mean - a.mean);
  const highest = sorted[0]!;
  const lowest = sorted[sorted.length - 1]!;
  const unweighted = rated.reduce((sum, group) => sum + group.mean, 0) / rated.length;
  const sd = Math.sqrt(rated.reduce((sum, group) => sum + (group.mean - unweighted) ** 2, 0) / rated.length);

  const total = rated.reduce((sum, group) => sum + group.n, 0);
  const grand = rated.reduce((sum, group) => sum + group.n * group.mean, 0) / total;
  const between = rated.reduce((sum, group) => sum + group.n * (group.mean - grand) ** 2, 0);
  const within = rated.reduce((sum, group) => sum + flooredSampleVariance(group.sd, group.n) * (group.n - 1), 0);
  const df1 = rated.length - 1;
  const df2 = total - rated.length;
  const pValue = fisherFSurvival(between / df1 / (within / df2), df1, df2);
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
