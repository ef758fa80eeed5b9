// Two opposed camps or answers scattered: the two ways a group can fail to share a view, told apart.
import { evenSpreadSd } from "./intervals.ts";
import type { Summary } from "./summary.ts";

/** How a group without a shared view answered: in two camps at opposite ends, or scattered across the scale. */
export type ViewShape = "two-camps" | "no-shared-view";

/**
 * The shape of a group's answers when both sides hold at least `sideShare` of its ratings; else null. Both
 * shapes compare the spread of the ratings (their standard deviation, with its 95% interval) with an even
 * spread over the scale, √((k² − 1)/12): 1.41 points on five points.
 * - **Two camps** (the "divided" list): more spread than an even spread, beyond the noise: the interval's
 *   low end lies above it. Only answers pushed towards both ends can do that.
 * - **No shared view**: nearly as spread as an even spread, beyond the noise: the interval's low end
 *   reaches `evenShare` of it (80% by default), without being two camps; and neither side a majority.
 *   The answers are scattered across the scale.
 *
 * A group whose answers gather in the middle ([1, 2, 4, 2, 1]) or lean mildly both ways ([1, 3, 2, 3, 1])
 * is narrower and, once the group is large enough to tell, neither. Van der Eijk's A tells these shapes
 * apart in a large group (−1 camps, 0 flat), but at a workshop's size it swings too much to decide on (see
 * docs/analysis.md).
 */
export function viewShape(summary: Summary, sideShare: number, evenShare: number): ViewShape | null {
  const { agree, disagree } = summary;
  const spread = summary.intervals.sd;
  if (agree === null || disagree === null || agree < sideShare || disagree < sideShare || !spread) return null;
  const even = evenSpreadSd(summary.points);
  if (spread.low > even) return "two-camps";
  return spread.low >= evenShare * even && agree <= 0.5 && disagree <= 0.5 ? "no-shared-view" : null;
}
