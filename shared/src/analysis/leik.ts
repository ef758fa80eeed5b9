// Leik's ordinal dispersion: how far the cumulative shares stay from 0 and 1, 0 all alike, 1 split at the ends.
import { assertFrequencyVector, type FrequencyVector, proportionsOf } from "./frequency-vector.ts";

/**
 * Leik's (1966) ordinal dispersion D = 2 Σᵢ dᵢ / (k − 1) over the first k − 1 points, where Fᵢ is the
 * cumulative share up to point i and dᵢ = Fᵢ when Fᵢ ≤ ½, else 1 − Fᵢ. It is 0 when all ratings share a
 * point and 1 when half are at each end. Null when nobody rated.
 */
export function leikDispersion(counts: FrequencyVector): number | null {
  assertFrequencyVector(counts);
  const p = proportionsOf(counts);
  if (!p) return null;
  let cumulative = 0;
  let sum = 0;
  for (const share of p.slice(0, -1)) {
    cumulative += share;
    sum += cumulative <= 0.5 ? cumulative : 1 - cumulative;
  }
  return Math.min(1, Math.max(0, (2 * sum) / (p.length - 1)));
}
