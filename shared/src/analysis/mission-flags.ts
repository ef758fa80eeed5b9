// The ranked lists of a mission: most positive, most negative, most divided, most divergent, common ground.
import { z } from "zod";
import { Flag, rankFlags, type Candidate } from "./flag.ts";
import { flaggable } from "./group-figures.ts";
import { flagWithinGroup } from "./group-flags.ts";
import type { AnalysisOptions } from "./options.ts";
import { commonReason, hctReason, spreadReason } from "./reasons.ts";
import type { StatementAnalysis } from "./statement-analysis.ts";

/** The ranked lists of a mission (or, for the first three, of any one group). */
export const FlagLists = z.object({
  mostPositive: z.array(Flag),
  mostNegative: z.array(Flag),
  mostDivided: z.array(Flag),
  mostDivergent: z.array(Flag),
  commonGround: z.array(Flag),
});
/** The ranked lists of a mission. */
export type FlagLists = z.infer<typeof FlagLists>;

/**
 * All five lists for a mission. The first three read the pooled "everyone" group. Most divergent lists the
 * statements where the HCT stands apart from the others first (gap in mean beyond the noise and at least
 * `divergentGap` of the scale's width, ranked by the gap's size), then those where the constituencies'
 * means spread apart (beyond the noise and at least `divergentSpread` of the width, ranked by range).
 * Common ground lists the statements on which every counted constituency stands on one side, ranked by the
 * weakest constituency's share on that side.
 */
export function flagMission(
  statements: readonly StatementAnalysis[],
  names: Readonly<Record<string, string>>,
  points: number,
  options: AnalysisOptions,
): FlagLists {
  const within = flagWithinGroup(
    statements.map((s) => ({ code: s.code, pillar: s.pillar, summary: flaggable(s.everyone, options.minimumRatings) })),
    options,
  );
  const width = points - 1;
  const hctApart: Candidate[] = statements.flatMap((s) => {
    const hct = flaggable(s.hct, options.minimumRatings);
    const others = flaggable(s.others, options.minimumRatings);
    if (!hct || !others || !s.hctGap?.mean.exceedsNoise || Math.abs(s.hctGap.mean.gap) < options.divergentGap * width)
      return [];
    const reason = hctReason(hct, others, s.hctGap);
    return [
      {
        code: s.code,
        pillar: s.pillar,
        score: width + Math.abs(s.hctGap.mean.gap),
        reason,
        between: "hct-and-others" as const,
      },
    ];
  });
  const hctCodes = new Set(hctApart.map((c) => c.code));
  const constituenciesApart: Candidate[] = statements.flatMap((s) =>
    !hctCodes.has(s.code) && s.spread?.exceedsNoise && s.spread.range >= options.divergentSpread * width
      ? [
          {
            code: s.code,
            pillar: s.pillar,
            score: s.spread.range,
            reason: spreadReason(s.spread, names),
            between: "constituencies" as const,
          },
        ]
      : [],
  );
  const common: Candidate[] = statements.flatMap((s) =>
    s.commonality.side && s.commonality.shareRange
      ? [{ code: s.code, pillar: s.pillar, score: s.commonality.shareRange.low, reason: commonReason(s.commonality) }]
      : [],
  );
  return {
    ...within,
    mostDivergent: rankFlags("divergent", [...hctApart, ...constituenciesApart], options.listLength),
    commonGround: rankFlags("common-ground", common, options.listLength),
  };
}
