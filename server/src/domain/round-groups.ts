// Rounds group a mission's workshops: the one place that decides which workshops' counts are pooled together.
import type { Workshop } from "@peerpulse/shared";

/** The baseline: every workshop made before rounds existed, and any made without naming a round. */
export const BASELINE_ROUND = 1;

/**
 * The workshops whose counts may be pooled for `round`. No figure ever pools two rounds: each round's groups
 * pass the anonymity minimum on their own, so no group of one round can be recovered by subtracting the other
 * round from a pooled figure. Every pooled tally, analysis and comparison of rounds reads its workshops here.
 */
export function workshopsOfRound<T extends Pick<Workshop, "round">>(workshops: readonly T[], round: number): T[] {
  return workshops.filter((workshop) => workshop.round === round);
}

/** The rounds a mission's workshops belong to, in order. */
export function roundsOf(workshops: readonly Pick<Workshop, "round">[]): number[] {
  return [...new Set(workshops.map((workshop) => workshop.round))].sort((a, b) => a - b);
}

/** The highest round a new workshop may join: one past the mission's highest so far (round 1 for a new mission). */
export function nextRound(workshops: readonly Pick<Workshop, "round">[]): number {
  return Math.max(0, ...workshops.map((workshop) => workshop.round)) + 1;
}
