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
});
/** Where the constituencies stand together on one statement. */
export type Commonality = z.infer<typeof Commonality>;

/** The side a group stands on: more than `majority` of its ratings agree, or disagree; else none. */
export function sideOfGroup(summary: Summary, majority: number): "agree" | "disagree" | null {
  if (summary.agree !== null && summary.agree > majority) return "agree";
  if (summary.disagree !== null && summary.disagree > majority) return "disagree";
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
  if (!side) return { side: null, constituencies: groups.length, shareRange: null };
  const shares = groups.map((group) => group[side] ?? 0);
  return { side, constituencies: groups.length, shareRange: { low: Math.min(...shares), high: Math.max(...shares) } };
}
