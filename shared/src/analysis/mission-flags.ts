// The ranked lists of a mission: most positive, most negative, divided, no shared view, most divergent, common ground.
import { z } from "zod";
import { comparisonCandidates } from "./comparison-flags.ts";
import { Flag, rankFlags, type Candidate } from "./flag.ts";
import { flaggable } from "./group-figures.ts";
import { flagWithinGroup } from "./group-flags.ts";
import type { AnalysisOptions } from "./options.ts";
import { commonReason } from "./reasons.ts";
import type { StatementAnalysis } from "./statement-analysis.ts";
import { viewShape } from "./view-shape.ts";

/** The ranked lists of a mission (or, for the first four, of any one group). */
export const FlagLists = z.object({
  mostPositive: z.array(Flag),
  mostNegative: z.array(Flag),
  /** Two opposed camps: answers pushed towards both ends of the scale. */
  mostDivided: z.array(Flag),
  /** Answers scattered across the scale, neither side a majority, but not two camps. */
  noSharedView: z.array(Flag),
  mostDivergent: z.array(Flag),
  commonGround: z.array(Flag),
});
/** The ranked lists of a mission. */
export type FlagLists = z.infer<typeof FlagLists>;

/**
 * All six lists for a mission. The first four read the pooled "everyone" group (`flagWithinGroup`). Most
 * divergent lists the statements where the HCT stands apart from the others first, then those where the
 * constituencies stand apart, with the mission's comparisons judged together (`comparisonCandidates`).
 * Common ground lists the statements on which every counted constituency stands on one side beyond the
 * noise (`commonality`), ranked by the lowest interval end among them; a statement that everyone shows
 * divided or without a shared view is never common ground, so it sits in at most one of those three lists.
 */
export function flagMission(
  statements: readonly StatementAnalysis[],
  names: Readonly<Record<string, string>>,
  points: number,
  options: AnalysisOptions,
): FlagLists {
  const everyone = statements.map((s) => ({
    code: s.code,
    pillar: s.pillar,
    summary: flaggable(s.everyone, options.minimumRatings),
  }));
  const within = flagWithinGroup(everyone, options);
  // Every statement that meets the divided or the no-shared-view rule, not only those in the lists' top places.
  const unshared = new Set(
    everyone.flatMap((s) =>
      s.summary && viewShape(s.summary, options.dividedSideShare, options.noSharedViewSpread) ? [s.code] : [],
    ),
  );
  const common: Candidate[] = statements.flatMap((s) =>
    s.commonality.side && s.commonality.surestLow !== null && !unshared.has(s.code)
      ? [
          {
            code: s.code,
            pillar: s.pillar,
            score: s.commonality.surestLow,
            reason: commonReason(s.commonality, options.commonGroundMajority),
          },
        ]
      : [],
  );
  return {
    ...within,
    mostDivergent: rankFlags("divergent", comparisonCandidates(statements, names, points, options), options.listLength),
    commonGround: rankFlags("common-ground", common, options.listLength),
  };
}
