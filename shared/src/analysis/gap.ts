// The gap between two groups on one statement (the HCT against everyone else), and whether it exceeds the noise.
import { z } from "zod";
import { studentTQuantile, Z_95 } from "./distributions.ts";
import { adjustedNetAgreement, flooredSampleVariance, Interval } from "./intervals.ts";
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

/** The gap between two groups in mean and in net agreement. */
export const Gap = z.object({
  /** Gap in mean scale points; Welch's t interval. */
  mean: GapFigure,
  /** Gap in net agreement (−2 to 2); adjusted Wald interval. */
  netAgreement: GapFigure,
});
/** The gap between two groups. */
export type Gap = z.infer<typeof Gap>;

function figure(gap: number, low: number, high: number): GapFigure {
  return { gap, interval: { low, high }, exceedsNoise: low > 0 || high < 0 };
}

/**
 * Compares `first` with `second` (say the HCT with everyone else): the gap in mean with Welch's t interval
 * (each group's variance floored as in `flooredSampleVariance`, so two small unanimous groups are not taken
 * as certain), and the gap in net agreement with the adjusted Wald interval of `adjustedNetAgreement`.
 * Null when either group has fewer than two ratings.
 */
export function compareGroups(first: Summary, second: Summary): Gap | null {
  const a = { n: first.n, mean: first.mean, sd: first.sd, agree: first.agree, disagree: first.disagree };
  const b = { n: second.n, mean: second.mean, sd: second.sd, agree: second.agree, disagree: second.disagree };
  if (a.n < 2 || b.n < 2) return null;
  if (a.mean === null || a.sd === null || a.agree === null || a.disagree === null) return null;
  if (b.mean === null || b.sd === null || b.agree === null || b.disagree === null) return null;

  const va = flooredSampleVariance(a.sd, a.n) / a.n;
  const vb = flooredSampleVariance(b.sd, b.n) / b.n;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const meanGap = a.mean - b.mean;
  const meanHalf = studentTQuantile(0.975, df) * Math.sqrt(va + vb);
  const width = first.points - 1;

  const na = adjustedNetAgreement(a.agree, a.disagree, a.n);
  const nb = adjustedNetAgreement(b.agree, b.disagree, b.n);
  const netCentre = na.net - nb.net;
  const netHalf = Z_95 * Math.sqrt(na.variance + nb.variance);
  return {
    mean: figure(meanGap, Math.max(-width, meanGap - meanHalf), Math.min(width, meanGap + meanHalf)),
    netAgreement: figure(
      a.agree - a.disagree - (b.agree - b.disagree),
      Math.max(-2, netCentre - netHalf),
      Math.min(2, netCentre + netHalf),
    ),
  };
}
