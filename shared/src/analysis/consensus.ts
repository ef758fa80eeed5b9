// Tastle and Wierman's consensus: how close the ratings lie to their own mean, 1 all alike, 0 split at the ends.
import { assertFrequencyVector, type FrequencyVector, proportionsOf } from "./frequency-vector.ts";
import { meanOf } from "./descriptives.ts";

/**
 * Tastle and Wierman's (2007) consensus, from 0 (half the ratings at each end of the scale) to 1 (all on one
 * point): Cns = 1 + Σ pᵢ log₂(1 − |i − μ| / d), where μ is the mean point and d = k − 1 the width of the
 * scale. Null when nobody rated. Only the shape of `counts` matters, not its total.
 */
export function consensus(counts: FrequencyVector): number | null {
  assertFrequencyVector(counts);
  const p = proportionsOf(counts);
  const mean = meanOf(counts);
  if (!p || mean === null) return null;
  const width = counts.length - 1;
  let sum = 0;
  p.forEach((share, index) => {
    // An empty point adds nothing (0 · log 0 = 0); it is also the only one that can sit a whole width away.
    if (share > 0) sum += share * Math.log2(Math.max(0, 1 - Math.abs(index + 1 - mean) / width));
  });
  return Math.min(1, Math.max(0, 1 + sum));
}

/** Tastle and Wierman's dissent: 1 − consensus, from 0 (all alike) to 1 (split at the ends); null when nobody rated. */
export function dissent(counts: FrequencyVector): number | null {
  const value = consensus(counts);
  return value === null ? null : 1 - value;
}
