// Van der Eijk's agreement A: 1 when all ratings share one point, 0 when spread evenly, −1 when split at the ends.
import { assertFrequencyVector, type FrequencyVector, totalOf } from "./frequency-vector.ts";

/**
 * Agreement of one layer, given as the set of non-empty points (van der Eijk 2001, equations 1 and 2):
 * A = U · (1 − (S − 1)/(K − 1)), where S counts the non-empty points and U the unimodality, from the
 * triples of points (i < j < m) that read 1-1-0 or 0-1-1 (TU) and 1-0-1 (TDU):
 * U = ((K − 2)·TU − (K − 1)·TDU) / ((K − 2)·(TU + TDU)). A layer on one point has A = 1.
 */
export function layerAgreement(pattern: readonly boolean[]): number {
  const k = pattern.length;
  const filled = pattern.filter(Boolean).length;
  if (filled <= 1) return 1;
  let unimodal = 0;
  let bimodal = 0;
  for (let i = 0; i < k - 2; i++) {
    for (let j = i + 1; j < k - 1; j++) {
      for (let m = j + 1; m < k; m++) {
        const [a, b, c] = [pattern[i], pattern[j], pattern[m]];
        if (a && !b && c) bimodal++;
        else if ((a && b && !c) || (!a && b && c)) unimodal++;
      }
    }
  }
  // No counted triple happens only when every point is filled; then 1 − (S − 1)/(K − 1) = 0 anyway.
  if (unimodal + bimodal === 0) return 0;
  const unimodality = ((k - 2) * unimodal - (k - 1) * bimodal) / ((k - 2) * (unimodal + bimodal));
  return unimodality * (1 - (filled - 1) / (k - 1));
}

/**
 * Van der Eijk's (2001) agreement A, from −1 (half the ratings at each end) through 0 (even spread) to 1
 * (all on one point). The vector is cut into layers, one per distinct non-zero frequency taken from the
 * bottom up; each layer covers the points whose frequency reaches it, and A is the average of the layers'
 * agreement weighted by their share of the ratings. Null when nobody rated.
 */
export function agreementA(counts: FrequencyVector): number | null {
  assertFrequencyVector(counts);
  const total = totalOf(counts);
  if (total <= 0) return null;
  // Cutting at the distinct levels, rather than subtracting minima as the paper does, gives the same layers
  // without rounding residue when the vector holds proportions.
  const levels = [...new Set(counts.filter((count) => count > 0))].sort((a, b) => a - b);
  let agreement = 0;
  let previous = 0;
  for (const level of levels) {
    const pattern = counts.map((count) => count >= level);
    const weight = ((level - previous) * pattern.filter(Boolean).length) / total;
    agreement += weight * layerAgreement(pattern);
    previous = level;
  }
  return Math.min(1, Math.max(-1, agreement));
}
