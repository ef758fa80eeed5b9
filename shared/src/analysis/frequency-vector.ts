// Frequency vectors: how many ratings (or what share of them) fell on each point of a rating scale.
import { MAX_SCALE_POINTS, MIN_SCALE_POINTS } from "../schemas/scale.ts";

/**
 * Counts, or any non-negative weights proportional to them, at each scale point: index 0 is the most
 * disagreeing point. "Don't know" answers are never part of it.
 */
export type FrequencyVector = readonly number[];

/** Which side of the scale a point stands on. */
export type ScaleSide = "disagree" | "neutral" | "agree";

/**
 * Throws a RangeError unless `counts` has 3 to 11 finite, non-negative entries. An all-zero vector is
 * valid (nobody rated yet): the measures then return null rather than throw.
 */
export function assertFrequencyVector(counts: FrequencyVector): void {
  if (counts.length < MIN_SCALE_POINTS || counts.length > MAX_SCALE_POINTS) {
    throw new RangeError(
      `a frequency vector has ${MIN_SCALE_POINTS} to ${MAX_SCALE_POINTS} points, not ${counts.length}`,
    );
  }
  if (!counts.every((count) => Number.isFinite(count) && count >= 0)) {
    throw new RangeError("a frequency vector holds finite, non-negative numbers");
  }
}

/** Sum of the vector: the number of ratings when it holds counts. */
export function totalOf(counts: FrequencyVector): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The vector divided by its total, or null when it is all zeros. */
export function proportionsOf(counts: FrequencyVector): number[] | null {
  const total = totalOf(counts);
  return total > 0 ? counts.map((count) => count / total) : null;
}

/**
 * The side of point `index` (0-based) on a scale of `points` points: below the middle disagrees, above it
 * agrees; an odd scale's middle point is neutral and an even scale has none (its upper half agrees).
 */
export function sideOf(index: number, points: number): ScaleSide {
  const middle = (points - 1) / 2;
  if (index < middle) return "disagree";
  return index > middle ? "agree" : "neutral";
}

/** The vector read from the other end (most agreeing point first), as if the statement were negated. */
export function reversed(counts: FrequencyVector): number[] {
  return [...counts].reverse();
}
