// Common ground: statements on which every constituency with enough respondents stands on the same side.
import { z } from "zod";
import type { Summary } from "./summary.ts";

/** Where the constituencies stand together on one statement. */
export const Commonality = z.object({
  /** The side every counted constituency stands on, or null when they do not all stand on one side. */
  side: z.enum(["agree", "disagree"]).nullable(),
  /** Constituencies counted: those shown on their own and with enough ratings. */
  constituencies: z.number().int(),
  /** Across the counted constituencies, the smallest and largest share on `side` (null when no side). */
  shareRange: z.object({ low: z.number(), high: z.number() }).nullable(),
  /** Across the counted constituencies, the lowest low end of the 95% interval of the share on `side` (null when no side). */
  surestLow: z.number().nullable(),
});
/** Where the constituencies stand together on one statement. */
export type Commonality = z.infer<typeof Commonality>;

/**
 * The side a group stands on: the 95% interval of the share of its ratings that agree (or disagree) lies
 * wholly above `majority`; else none. A majority among a few people is thus not taken for the group's side:
 * 7 of 9 agreeing (interval 45% to 94%) is no side, 8 of 9 (57% to 98%) is.
 */
export function sideOfGroup(summary: Summary, majority: number): "agree" | "disagree" | null {
  if ((summary.intervals.agree?.low ?? 0) > majority) return "agree";
  if ((summary.intervals.disagree?.low ?? 0) > majority) return "disagree";
  return null;
}

/**
 * Common ground among `groups` (the caller passes only constituencies that may be shown and have enough
 * ratings): a side when at least `minimumConstituencies` are counted and each stands on that side.
 */
export function commonality(groups: readonly Summary[], majority: number, minimumConstituencies: number): Commonality {
  const sides = groups.map((group) => sideOfGroup(group, majority));
  const first = sides[0] ?? null;
  const side = groups.length >= minimumConstituencies && first && sides.every((s) => s === first) ? first : null;
  if (!side) return { side: null, constituencies: groups.length, shareRange: null, surestLow: null };
  const shares = groups.map((group) => group[side] ?? 0);
  const lows = groups.map((group) => group.intervals[side]?.low ?? 0);
  return {
    side,
    constituencies: groups.length,
    shareRange: { low: Math.min(...shares), high: Math.max(...shares) },
    surestLow: Math.min(...lows),
  };
}
