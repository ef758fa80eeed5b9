// The gap between two groups on one statement (the HCT against everyone else), and whether it exceeds the noise.
import { z } from "zod";
import { Z_95 } from "./distributions.ts";
import { adjustedNetAgreement, Interval } from "./intervals.ts";
import { compareMeans, gapInterval } from "./mean-comparison.ts";
import type { Summary } from "./summary.ts";

/** One gap: first group minus second, its 95% interval, and whether that interval leaves out zero. */
export const GapFigure = z.object({
  /** First group's figure minus the second's. */
  gap: z.number(),
  /** 95% interval for the gap. */
  interval: Interval,
  /** True when the interval leaves out zero: the gap is larger than chance alone would make it. */
  exceedsNoise: z.boolean(),
});
/** One gap with its interval. */
export type GapFigure = z.infer<typeof GapFigure>;

/** A gap in mean: as `GapFigure`, with the p-value of the comparison. */
export const MeanGapFigure = GapFigure.extend({
  /** Two-sided p-value of Student's t test (see `compareMeans`): below 0.05 exactly when `exceedsNoise`. */
  pValue: z.number(),
});
/** A gap in mean with its p-value. */
export type MeanGapFigure = z.infer<typeof MeanGapFigure>;

/** The gap between two groups in mean and in net agreement. */
export const Gap = z.object({
  /** Gap in mean scale points; Student's t interval (pooled variance). */
  mean: MeanGapFigure,
  /** Gap in net agreement (−2 to 2); adjusted Wald interval. */
  netAgreement: GapFigure,
});
/** The gap between two groups. */
export type Gap = z.infer<typeof Gap>;

function figure(gap: number, low: number, high: number): GapFigure {
  return { gap, interval: { low, high }, exceedsNoise: low > 0 || high < 0 };
}

/**
 * Compares `first` with `second` (say the HCT with everyone else): the gap in mean with the 95% interval of
 * Student's t test (`compareMeans`, pooled variance floored as the intervals are, so two small unanimous
 * groups are not taken as certain), and the gap in net agreement with the adjusted Wald interval of
 * `adjustedNetAgreement`. Null when either group has fewer than two ratings.
 */
export function compareGroups(first: Summary, second: Summary): Gap | null {
  if (first.n < 2 || second.n < 2) return null;
  const means = compareMeans(first, second);
  const [a, b] = [first, second];
  if (!means || a.agree === null || a.disagree === null || b.agree === null || b.disagree === null) return null;
  const width = first.points - 1;
  const interval = gapInterval(means, 0.05);

  const na = adjustedNetAgreement(a.agree, a.disagree, a.n);
  const nb = adjustedNetAgreement(b.agree, b.disagree, b.n);
  const netCentre = na.net - nb.net;
  const netHalf = Z_95 * Math.sqrt(na.variance + nb.variance);
  return {
    mean: {
      ...figure(means.gap, Math.max(-width, interval.low), Math.min(width, interval.high)),
      pValue: means.pValue,
    },
    netAgreement: figure(
      a.agree - a.disagree - (b.agree - b.disagree),
      Math.max(-2, netCentre - netHalf),
      Math.min(2, netCentre + netHalf),
    ),
  };
}
