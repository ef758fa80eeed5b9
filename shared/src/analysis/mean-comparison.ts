// Do two groups rate a statement differently? The gap in mean, its noise and its p-value, from the groups' figures.
import { studentTQuantile, studentTTwoSided } from "./distributions.ts";
import type { Interval } from "./intervals.ts";

/** What a comparison needs of a group: its number of ratings, mean and standard deviation (dividing by n). */
export interface GroupMoments {
  /** Ratings (without "don't know"). */
  n: number;
  /** Mean scale point; null when nobody rated. */
  mean: number | null;
  /** Standard deviation dividing by n; null when nobody rated. */
  sd: number | null;
}

/** The gap between two groups' means and how much of it chance could make. */
export interface MeanComparison {
  /** First group's mean minus the second's, in scale points. */
  gap: number;
  /** Standard error of the gap, from the two groups' pooled variance. */
  standardError: number;
  /** Degrees of freedom of the t statistic: n₁ + n₂ − 2. */
  degreesOfFreedom: number;
  /** Two-sided p-value: the chance of a gap at least this large if both groups rated alike. */
  pValue: number;
}

/**
 * Compares two groups' means with Student's two-sample t test (pooled variance). Its question is "do these
 * two groups rate the statement alike?": when they do, their ratings share one spread, which the pooled
 * variance estimates from everyone (80-odd degrees of freedom rather than the 11 of an HCT of 12). At the
 * small p-values a mission's 30 comparisons call for, Welch's test and the Brunner–Munzel test, which
 * estimate the small group's spread from that group alone, raised false flags in 17–38 % of simulated
 * missions instead of 10 %; this test stays at its level (`npm run calibrate`). The price: when the groups
 * share a mean but not a spread (an HCT much more split than the others), it can call that a gap; the
 * flag's reason shows both groups' shares so a reader sees which it is. The pooled variance is floored at
 * 1/(n₁ + n₂), as in `flooredSampleVariance`. Null when either group has no ratings or both together fewer
 * than three. Reusable for any two independent sets of ratings of one statement (two rounds, two groups).
 */
export function compareMeans(first: GroupMoments, second: GroupMoments): MeanComparison | null {
  const { n: n1, mean: m1, sd: sd1 } = first;
  const { n: n2, mean: m2, sd: sd2 } = second;
  if (n1 < 1 || n2 < 1 || n1 + n2 < 3 || m1 === null || m2 === null || sd1 === null || sd2 === null) return null;
  const degreesOfFreedom = n1 + n2 - 2;
  const pooled = Math.max((n1 * sd1 * sd1 + n2 * sd2 * sd2) / degreesOfFreedom, 1 / (n1 + n2));
  const standardError = Math.sqrt(pooled * (1 / n1 + 1 / n2));
  const gap = m1 - m2;
  return { gap, standardError, degreesOfFreedom, pValue: studentTTwoSided(gap / standardError, degreesOfFreedom) };
}

/**
 * The interval for the gap that leaves out zero exactly when the comparison's p-value is at most
 * `errorRate`: gap ± t(1 − errorRate/2, df) · standard error. With `errorRate` 0.05 it is the usual 95%
 * interval; with the level at which `controlFalseDiscoveries` judged the comparison, it is the interval
 * that allows for every comparison of the mission (Benjamini and Yekutieli's false-coverage interval).
 */
export function gapInterval(comparison: MeanComparison, errorRate: number): Interval {
  const half = studentTQuantile(1 - errorRate / 2, comparison.degreesOfFreedom) * comparison.standardError;
  return { low: comparison.gap - half, high: comparison.gap + half };
}
