// The HCT comparison as other tests would make it: the ideal one that knows the true spreads, and two rejected ones.
import { studentTTwoSided } from "@peerpulse/shared";
import { normalCdf, varianceOfShares } from "./rating-model.ts";

const total = (counts: readonly number[]) => counts.reduce((sum, count) => sum + count, 0);
const meanOf = (counts: readonly number[]) =>
  counts.reduce((sum, count, i) => sum + count * (i + 1), 0) / total(counts);

/**
 * The ideal test: the gap in mean over its true standard error, √(σ₁²/n₁ + σ₂²/n₂), with each group's true
 * variance (which only a simulation knows) and the normal distribution. No test that must estimate the
 * spreads from the ratings can do better on average; the tables compare the flags' power with its power.
 */
export function oraclePValue(
  first: readonly number[],
  second: readonly number[],
  firstShares: readonly number[],
  secondShares: readonly number[],
): number {
  const gap = meanOf(first) - meanOf(second);
  const se = Math.sqrt(varianceOfShares(firstShares) / total(first) + varianceOfShares(secondShares) / total(second));
  return 2 * normalCdf(-Math.abs(gap / se));
}

/**
 * A second ideal: it knows the true variance of everyone pooled, σ² = (n₁σ₁² + n₂σ₂²)/(n₁ + n₂), and uses it for
 * both groups, as Student's t assumes. The gap between it and `oraclePValue` is the price of not knowing the
 * small group's own spread; the gap between it and Student's t, the price of estimating the shared one.
 */
export function sharedSpreadOraclePValue(
  first: readonly number[],
  second: readonly number[],
  firstShares: readonly number[],
  secondShares: readonly number[],
): number {
  const [n1, n2] = [total(first), total(second)];
  const variance = (n1 * varianceOfShares(firstShares) + n2 * varianceOfShares(secondShares)) / (n1 + n2);
  const gap = meanOf(first) - meanOf(second);
  return 2 * normalCdf(-Math.abs(gap / Math.sqrt(variance * (1 / n1 + 1 / n2))));
}

/** Welch's t test with the Welch–Satterthwaite degrees of freedom (each variance floored at 1/n, as the old rule did). */
export function welchPValue(first: readonly number[], second: readonly number[]): number {
  const moments = (counts: readonly number[]) => {
    const n = total(counts);
    const mean = meanOf(counts);
    const variance = counts.reduce((sum, count, i) => sum + count * (i + 1 - mean) ** 2, 0) / (n - 1);
    return { n, mean, v: Math.max(variance, 1 / n) / n };
  };
  const [a, b] = [moments(first), moments(second)];
  const df = (a.v + b.v) ** 2 / (a.v ** 2 / (a.n - 1) + b.v ** 2 / (b.n - 1));
  return studentTTwoSided((a.mean - b.mean) / Math.sqrt(a.v + b.v), df);
}

/** Mid-ranks of every point of the scale within `counts`. */
function midRanks(counts: readonly number[]): number[] {
  let below = 0;
  return counts.map((count) => {
    const rank = below + (count + 1) / 2;
    below += count;
    return rank;
  });
}

/** The Brunner–Munzel test (2000) on tied ordinal data, with its t approximation. */
export function brunnerMunzelPValue(first: readonly number[], second: readonly number[]): number {
  const [n1, n2] = [total(first), total(second)];
  const pooled = midRanks(first.map((count, i) => count + second[i]!));
  const [own1, own2] = [midRanks(first), midRanks(second)];
  const m1 = first.reduce((sum, count, i) => sum + count * pooled[i]!, 0) / n1;
  const m2 = second.reduce((sum, count, i) => sum + count * pooled[i]!, 0) / n2;
  const v1 =
    first.reduce((sum, count, i) => sum + count * (pooled[i]! - own1[i]! - m1 + (n1 + 1) / 2) ** 2, 0) / (n1 - 1);
  const v2 =
    second.reduce((sum, count, i) => sum + count * (pooled[i]! - own2[i]! - m2 + (n2 + 1) / 2) ** 2, 0) / (n2 - 1);
  const spread = n1 * v1 + n2 * v2;
  if (spread === 0) return m1 === m2 ? 1 : 0;
  const statistic = (n1 * n2 * (m2 - m1)) / ((n1 + n2) * Math.sqrt(spread));
  const df = spread ** 2 / ((n1 * v1) ** 2 / (n1 - 1) + (n2 * v2) ** 2 / (n2 - 1));
  return studentTTwoSided(statistic, Math.max(1, df));
}
