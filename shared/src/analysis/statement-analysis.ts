// Everything about one statement across groups: everyone, the HCT against the others, each constituency.
import { z } from "zod";
import type { Constituency } from "../schemas/mission.ts";
import { addTallies, type StatementTally } from "../schemas/tally.ts";
import { type StatementDisclosure, verdictOf } from "../disclosure/statement-disclosure.ts";
import { Commonality, commonality } from "./commonality.ts";
import { Gap, compareGroups } from "./gap.ts";
import { GroupFigures, flaggable, groupFigures } from "./group-figures.ts";
import type { AnalysisOptions } from "./options.ts";
import { ConstituencySpread, constituencySpread } from "./spread.ts";

/** One statement's figures across groups. */
export const StatementAnalysis = z.object({
  /** The statement's code. */
  code: z.string(),
  /** Its pillar's id. */
  pillar: z.string(),
  /** All respondents pooled, withheld ones included. */
  everyone: GroupFigures,
  /** The HCT (every constituency marked `isHct`, pooled); null when the mission has none. */
  hct: GroupFigures.nullable(),
  /** Every constituency but the HCT, pooled; null when the mission has no HCT. */
  others: GroupFigures.nullable(),
  /** HCT minus others, when both are shown; else null. */
  hctGap: Gap.nullable(),
  /** Each constituency on its own, by id. */
  constituencies: z.record(z.string(), GroupFigures),
  /** Spread of the means of the constituencies shown with enough ratings; null with fewer than two. */
  spread: ConstituencySpread.nullable(),
  /** Common ground among the constituencies shown with enough ratings. */
  commonality: Commonality,
});
/** One statement's figures across groups. */
export type StatementAnalysis = z.infer<typeof StatementAnalysis>;

/** A constituency as the analysis needs it. */
export type AnalysisConstituency = Pick<Constituency, "id" | "name" | "isHct">;

/**
 * Analyses one statement. `tallies` maps constituency ids to their tally (a missing one counts as nobody);
 * every tally must have `points` counts. `disclosure` says which groups are withheld (decided once for the
 * mission by `statementDisclosure`); withheld constituencies still count inside everyone and others.
 */
export function analyzeStatement(
  statement: { code: string; pillar: string },
  constituencies: readonly AnalysisConstituency[],
  tallies: Readonly<Record<string, StatementTally | undefined>>,
  points: number,
  options: AnalysisOptions,
  disclosure: StatementDisclosure,
): StatementAnalysis {
  const tallyOf = (id: string): StatementTally => {
    const tally = tallies[id] ?? { counts: new Array<number>(points).fill(0), dontKnow: 0 };
    if (tally.counts.length !== points) {
      throw new RangeError(
        `statement ${statement.code}: constituency ${id} has ${tally.counts.length} counts, not ${points}`,
      );
    }
    return tally;
  };
  const everyoneTally = addTallies(
    points,
    constituencies.map((c) => tallyOf(c.id)),
  );
  const everyone = groupFigures(everyoneTally, disclosure.everyone);
  const byId: Record<string, GroupFigures> = {};
  for (const c of constituencies) byId[c.id] = groupFigures(tallyOf(c.id), verdictOf(disclosure.constituencies, c.id));

  const hctIds = constituencies.filter((c) => c.isHct).map((c) => c.id);
  let hct: GroupFigures | null = null;
  let others: GroupFigures | null = null;
  if (hctIds.length > 0) {
    const hctTally = addTallies(points, hctIds.map(tallyOf));
    const othersTally = addTallies(
      points,
      constituencies.filter((c) => !c.isHct).map((c) => tallyOf(c.id)),
    );
    hct = groupFigures(hctTally, disclosure.hct);
    others = groupFigures(othersTally, disclosure.others);
  }
  const hctGap =
    hct && others && !hct.suppressed && !others.suppressed ? compareGroups(hct.summary, others.summary) : null;

  const counted = constituencies.flatMap((c) => {
    const summary = flaggable(byId[c.id] ?? null, options.minimumRatings);
    return summary ? [{ constituencyId: c.id, summary }] : [];
  });
  return {
    code: statement.code,
    pillar: statement.pillar,
    everyone,
    hct,
    others,
    hctGap,
    constituencies: byId,
    spread: constituencySpread(counted),
    commonality: commonality(
      counted.map((c) => c.summary),
      options.commonGroundMajority,
      options.commonGroundConstituencies,
    ),
  };
}
