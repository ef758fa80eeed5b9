// 95% intervals for a group's mean and shares, built to stay honest at the small n of a workshop.
import { z } from "zod";
import { studentTQuantile, Z_95 } from "./distributions.ts";

/** A two-sided 95% interval: `low` to `high`. */
export const Interval = z.object({ low: z.number(), high: z.number() });
/** A two-sided 95% interval. */
export type Interval = z.infer<typeof Interval>;

/** Confidence level of every interval and noise test in this module. */
export const CONFIDENCE_LEVEL = 0.95;

/**
 * Sample variance (dividing by n − 1) of a group's ratings, never below 1/n: the variance of a group in
 * which one person rated one point away from everyone else. A small group that happens to be unanimous is
 * thus not taken as certain; with many ratings the floor vanishes.
 */
export function flooredSampleVariance(sd: number, n: number): number {
  return Math.max((sd * sd * n) / (n - 1), 1 / n);
}

/**
 * Student's t interval for the mean, mean ± t(0.975, n − 1) · s/√n with the floored sample variance,
 * clipped to the scale [1, points]. Null below two ratings.
 */
export function meanInterval(mean: number, sd: number, n: number, points: number): Interval | null {
  if (n < 2) return null;
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(flooredSampleVariance(sd, n) / n);
  return { low: Math.max(1, mean - half), high: Math.min(points, mean + half) };
}

/** Wilson's score interval for a share observed in n ratings (Wilson 1927); null when n = 0. */
export function wilsonInterval(share: number, n: number): Interval | null {
  if (n <= 0) return null;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (Z_95 / denominator) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Net agreement with one pseudo-rating added on each side (Agresti and Caffo 2000), and its variance. */
export function adjustedNetAgreement(agree: number, disagree: number, n: number): { net: number; variance: number } {
  const a = (agree * n + 1) / (n + 2);
  const d = (disagree * n + 1) / (n + 2);
  return { net: a - d, variance: (a + d - (a - d) ** 2) / (n + 2) };
}

/**
 * Interval for net agreement (agree − disagree, two shares of the same ratings): Wald's interval on the
 * adjusted estimate, which keeps its coverage near 95% at small n and never collapses to a point.
 * Null when n = 0.
 */
export function netAgreementInterval(agree: number, disagree: number, n: number): Interval | null {
  if (n <= 0) return null;
  const { net, variance } = adjustedNetAgreement(agree, disagree, n);
  const half = Z_95 * Math.sqrt(variance);
  return { low: Math.max(-1, net - half), high: Math.min(1, net + half) };
}

/** Mean of the ratings after cutting `share` of their weight off each end of the scale (counts may be fractional). */
function trimmedMean(counts: readonly number[], share: number): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const cut = total * share;
  let [below, sum] = [0, 0];
  counts.forEach((count, index) => {
    // The part of this point's weight that lies between the cut at each end.
    const kept = Math.max(0, Math.min(below + count, total - cut) - Math.max(below, cut));
    sum += kept * (index + 1);
    below += count;
  });
  return sum / (total - 2 * cut);
}

/**
 * Bonett's (2006) interval for the standard deviation of the ratings, which stays near 95% without assuming
 * a bell curve: exp(ln(c·s²) ± z·c·√((γ − (n − 3)/n)/(n − 1))) for the variance, with s² the sample variance,
 * γ the kurtosis taken about a trimmed mean (trim 1/(2√(n − 4))) and c = n/(n − z); then square roots. A
 * group all on one point is taken as if one rating sat one point nearer the middle, the floor the other
 * intervals use. Null below five ratings.
 */
export function spreadInterval(counts: readonly number[]): Interval | null {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n < 5) return null;
  const filled = counts.flatMap((count, index) => (count > 0 ? [index] : []));
  let vector = counts;
  if (filled.length === 1) {
    const at = filled[0]!;
    const toward = at < (counts.length - 1) / 2 ? at + 1 : at - 1;
    vector = counts.map((count, index) => (index === at ? count - 1 : index === toward ? count + 1 : count));
  }
  const mean = vector.reduce((sum, count, index) => sum + count * (index + 1), 0) / n;
  const squares = vector.reduce((sum, count, index) => sum + count * (index + 1 - mean) ** 2, 0);
  // At n = 5 the trim is a half, the median itself; 0.49 keeps a sliver of weight to divide by.
  const centre = trimmedMean(vector, Math.min(0.49, 1 / (2 * Math.sqrt(n - 4))));
  const kurtosis =
    (n * vector.reduce((sum, count, index) => sum + count * (index + 1 - centre) ** 4, 0)) / squares ** 2;
  const c = n / (n - Z_95);
  const half = Z_95 * c * Math.sqrt(Math.max(0, kurtosis - (n - 3) / n) / (n - 1));
  const logVariance = Math.log((c * squares) / (n - 1));
  return { low: Math.sqrt(Math.exp(logVariance - half)), high: Math.sqrt(Math.exp(logVariance + half)) };
}

/** Standard deviation of ratings spread evenly over a `points`-point scale: √((k² − 1)/12), 1.41 on five points. */
export function evenSpreadSd(points: number): number {
  return Math.sqrt((points * points - 1) / 12);
}
