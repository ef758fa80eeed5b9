// The retreat's shortlist: flagged statements merged into one list, grouped by pillar for the break-out groups.
import { z } from "zod";
import { Flag, FlagKind } from "./flag.ts";
import { Gap } from "./gap.ts";
import { GroupFigures } from "./group-figures.ts";
import type { MissionAnalysis } from "./mission-analysis.ts";

/** One shortlisted statement: why it is there, and how the HCT stands against the others. */
export const ShortlistItem = z.object({
  /** The statement's code. */
  code: z.string(),
  /** Every flag the statement raised, in list order (positive, negative, divided, no shared view, divergent, common ground). */
  flags: z.array(Flag),
  /** Everyone pooled. */
  everyone: GroupFigures,
  /** The HCT; null when the mission has none. */
  hct: GroupFigures.nullable(),
  /** Everyone but the HCT; null when the mission has none. */
  others: GroupFigures.nullable(),
  /** HCT minus others; null when either is withheld. */
  hctGap: Gap.nullable(),
});
/** One shortlisted statement. */
export type ShortlistItem = z.infer<typeof ShortlistItem>;

/** The shortlist: one group per pillar that has shortlisted statements, in the mission's pillar order. */
export const Shortlist = z.object({
  pillars: z.array(z.object({ pillar: z.string(), statements: z.array(ShortlistItem) })),
});
/** The shortlist. */
export type Shortlist = z.infer<typeof Shortlist>;

/** Which lists feed the shortlist; all six unless a caller narrows them. */
export interface ShortlistOptions {
  /** The lists to take statements from. */
  include?: readonly FlagKind[];
}

/** Merges the flagged statements of `analysis` into one list grouped by pillar, statements in questionnaire order. */
export function buildShortlist(analysis: MissionAnalysis, options: ShortlistOptions = {}): Shortlist {
  const include = new Set<FlagKind>(options.include ?? FlagKind.options);
  const { mostPositive, mostNegative, mostDivided, noSharedView, mostDivergent, commonGround } = analysis.flags;
  const flags = [
    ...mostPositive,
    ...mostNegative,
    ...mostDivided,
    ...noSharedView,
    ...mostDivergent,
    ...commonGround,
  ].filter((flag) => include.has(flag.kind));
  const pillarOrder = [...analysis.pillars, ...analysis.statements.map((s) => s.pillar)];
  const pillars = [...new Set(pillarOrder)].flatMap((pillar) => {
    const statements = analysis.statements
      .filter((s) => s.pillar === pillar)
      .flatMap((s) => {
        const own = flags.filter((flag) => flag.code === s.code);
        return own.length === 0
          ? []
          : [{ code: s.code, flags: own, everyone: s.everyone, hct: s.hct, others: s.others, hctGap: s.hctGap }];
      });
    return statements.length > 0 ? [{ pillar, statements }] : [];
  });
  return { pillars };
}
