// Location, spread and sides of one frequency vector: mean, interpolated median, standard deviation, shares.
import { type FrequencyVector, proportionsOf, reversed, sideOf, totalOf } from "./frequency-vector.ts";

/** Shares of ratings on each side of the scale, and agreeing minus disagreeing. */
export interface Shares {
  /** Share of ratings above the middle of the scale (the top two points of a five-point scale). */
  agree: number;
  /** Share at the middle point (always 0 on an even scale). */
  neutral: number;
  /** Share of ratings below the middle of the scale. */
  disagree: number;
  /** `agree − disagree`, from −1 (everybody disagrees) to 1 (everybody agrees). */
  netAgreement: number;
}

/** Mean scale point (points numbered 1 to k), or null when nobody rated. */
export function meanOf(counts: FrequencyVector): number | null {
  const p = proportionsOf(counts);
  return p ? p.reduce((sum, share, index) => sum + share * (index + 1), 0) : null;
}

/**
 * Standard deviation of the ratings around their mean, dividing by the number of ratings (the group as it
 * is, not an estimate of a wider population), so that it does not change when every count is multiplied.
 */
export function standardDeviationOf(counts: FrequencyVector): number | null {
  const p = proportionsOf(counts);
  const mean = meanOf(counts);
  if (!p || mean === null) return null;
  return Math.sqrt(p.reduce((sum, share, index) => sum + share * (index + 1 - mean) ** 2, 0));
}

/** Smallest x at which the interpolated distribution function reaches one half (point i spans i ± ½). */
function lowerMedian(counts: FrequencyVector, half: number): number {
  // Proportions and scaled counts carry rounding error: "exactly half" must not flip across an empty stretch.
  const tolerance = half * 1e-9;
  let below = 0;
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index]!;
    if (count > 0 && below + count >= half - tolerance) {
      return index + 0.5 + Math.min(1, Math.max(0, (half - below) / count));
    }
    below += count;
  }
  return counts.length + 0.5;
}

/**
 * Interpolated median for grouped data: each point i is spread evenly over [i − ½, i + ½] and the median is
 * where half the ratings lie below. When exactly half lie below an empty stretch of the scale (two ratings,
 * one at each end), it is the middle of that stretch, so the median of a reversed scale mirrors this one.
 */
export function interpolatedMedianOf(counts: FrequencyVector): number | null {
  const total = totalOf(counts);
  if (total <= 0) return null;
  const lower = lowerMedian(counts, total / 2);
  const upper = counts.length + 1 - lowerMedian(reversed(counts), total / 2);
  return (lower + upper) / 2;
}

/** Shares agreeing, neutral and disagreeing, and net agreement; null when nobody rated. */
export function sharesOf(counts: FrequencyVector): Shares | null {
  const p = proportionsOf(counts);
  if (!p) return null;
  const shares = { agree: 0, neutral: 0, disagree: 0 };
  p.forEach((share, index) => (shares[sideOf(index, p.length)] += share));
  return { ...shares, netAgreement: shares.agree - shares.disagree };
}
