// Two rounds of a mission compared: which statements and constituencies moved beyond noise between them.
import { z } from "zod";
import { studentTTwoSided } from "./distributions.ts";
import { GroupFigures, flaggable } from "./group-figures.ts";
import { MeanGapFigure } from "./gap.ts";
import { Interval } from "./intervals.ts";
import { compareMeans, gapInterval } from "./mean-comparison.ts";
import type { MissionAnalysis } from "./mission-analysis.ts";
import { judgeFamilies } from "./round-judgement.ts";

/** The knobs of the comparison of rounds (docs/analysis.md, "Comparing rounds"). */
export const RoundComparisonOptions = z.object({
  /** Error control over every statement compared, as for the flags (`comparisonErrorRate`). */
  comparisonErrorRate: z.number().gt(0).lt(1).default(0.09),
  /** Share of each statement's error rate given to everyone's change; its constituencies share the rest evenly. */
  everyoneShareOfErrorRate: z.number().gt(0).lt(1).default(0.5),
  /** A change is reported only when its interval lies wholly beyond this share of the scale's width (k − 1). */
  minimumChange: z.number().min(0).max(1).default(0.05),
  /** Ratings (without "don't know") a group needs in each round before its change is tested. */
  minimumRatings: z.number().int().min(2).default(5),
});
/** Options of `compareRounds`, every default filled in. */
export type RoundComparisonOptions = z.infer<typeof RoundComparisonOptions>;

/** Which way a group moved, when beyond noise: `improved` is more agreement with the statement. */
export const Movement = z.enum(["improved", "worsened"]);
/** Which way a group moved. */
export type Movement = z.infer<typeof Movement>;

/** One group's change on one statement from the earlier round to the later. */
export const RoundChange = z.object({
  /** Ratings (without "don't know") in the earlier and the later round. */
  earlierRatings: z.number(),
  laterRatings: z.number(),
  /** Mean scale point in each round. */
  earlierMean: z.number(),
  laterMean: z.number(),
  /** Later mean minus earlier, in scale points. */
  change: z.number(),
  /** Interval for the change at `level`: the level the mission-wide error control judged it at. */
  interval: Interval,
  level: z.number(),
  /** p-value of "it moved by no more than the minimum change" (1 when the change itself is smaller). */
  pValue: z.number(),
  /** Reported as moved beyond noise, and which way; null when not. */
  moved: Movement.nullable(),
});
/** One group's change on one statement. */
export type RoundChange = z.infer<typeof RoundChange>;

/** Whether a statement was answered in each round: one asked in only one round is shown as added or dropped. */
export const RoundPresence = z.enum(["both", "added", "dropped", "neither"]);
/** Whether a statement was answered in each round. */
export type RoundPresence = z.infer<typeof RoundPresence>;

/** One statement compared across two rounds. */
export const StatementRoundComparison = z.object({
  code: z.string(),
  pillar: z.string(),
  presence: RoundPresence,
  /** Everyone's change; null when everyone is withheld or has too few ratings in either round. */
  everyone: RoundChange.nullable(),
  /** Each constituency's change, by id; null where it is withheld or has too few ratings in either round. */
  constituencies: z.record(z.string(), RoundChange.nullable()),
  /** The HCT against the others within each round (as in each round's analysis); null where withheld. */
  hctGap: z.object({ earlier: MeanGapFigure.nullable(), later: MeanGapFigure.nullable() }),
});
/** One statement compared across two rounds. */
export type StatementRoundComparison = z.infer<typeof StatementRoundComparison>;

/** Two rounds of a mission compared. */
export const RoundComparison = z.object({
  earlierRound: z.number().int(),
  laterRound: z.number().int(),
  options: RoundComparisonOptions,
  /** Statements whose comparisons counted in the error control. */
  counted: z.number().int(),
  statements: z.array(StatementRoundComparison),
  /** Codes of the statements everyone rated higher (lower) beyond noise, in questionnaire order. */
  improved: z.array(z.string()),
  worsened: z.array(z.string()),
});
/** Two rounds of a mission compared. */
export type RoundComparison = z.infer<typeof RoundComparison>;

interface ChangeTest {
  earlier: { n: number; mean: number };
  later: { n: number; mean: number };
  comparison: NonNullable<ReturnType<typeof compareMeans>>;
  pValue: number;
}

/** Student's t for the change, tested against a move of at most `minimum` points either way. */
function changeTest(earlier: GroupFigures | null, later: GroupFigures | null, minimumRatings: number, minimum: number) {
  const [before, after] = [flaggable(earlier, minimumRatings), flaggable(later, minimumRatings)];
  const comparison = before && after ? compareMeans(after, before) : null;
  if (!before || !after || !comparison || before.mean === null || after.mean === null) return null;
  const beyond = Math.max(0, Math.abs(comparison.gap) - minimum) / comparison.standardError;
  const test: ChangeTest = {
    earlier: { n: before.n, mean: before.mean },
    later: { n: after.n, mean: after.mean },
    comparison,
    pValue: Math.min(1, studentTTwoSided(beyond, comparison.degreesOfFreedom)),
  };
  return test;
}

/**
 * Compares two rounds' analyses of one mission (each made by `analyzeMission` from that round's workshops only,
 * so each round's figures passed the anonymity minimum on their own). For every statement: everyone's change in
 * mean and each constituency's, by Student's t (`compareMeans`) on groups shown in both rounds with enough
 * ratings, each tested against a move no larger than `minimumChange` of the scale's width. All statements are
 * judged together (`judgeFamilies`, at `comparisonErrorRate`): a change is reported as improved or worsened
 * when its interval at the level it was judged at lies wholly beyond the minimum change. Withheld groups are
 * never compared, and no figure pools the two rounds, so nothing withheld in either round can be recovered.
 */
export function compareRounds(
  earlier: MissionAnalysis & { round: number },
  later: MissionAnalysis & { round: number },
  input: z.input<typeof RoundComparisonOptions> = {},
): RoundComparison {
  const options = RoundComparisonOptions.parse(input);
  const minimum = options.minimumChange * (earlier.points - 1);
  const laterByCode = new Map(later.statements.map((statement) => [statement.code, statement]));
  const rows = earlier.statements.map((before) => {
    const after = laterByCode.get(before.code);
    const ids = Object.keys(before.constituencies);
    const everyone = changeTest(before.everyone, after?.everyone ?? null, options.minimumRatings, minimum);
    const constituencies = ids.map((id) =>
      changeTest(before.constituencies[id] ?? null, after?.constituencies[id] ?? null, options.minimumRatings, minimum),
    );
    return { before, after, ids, everyone, constituencies };
  });
  const constituencyShare = (count: number) => (1 - options.everyoneShareOfErrorRate) / Math.max(1, count);
  const families = rows.map(({ everyone, constituencies }) => [
    { pValue: everyone?.pValue ?? null, share: options.everyoneShareOfErrorRate },
    ...constituencies.map((test) => ({
      pValue: test?.pValue ?? null,
      share: constituencyShare(constituencies.length),
    })),
  ]);
  const verdicts = judgeFamilies(families, options.comparisonErrorRate);
  const statements = rows.map(({ before, after, ids, everyone, constituencies }, index): StatementRoundComparison => {
    const verdict = verdicts[index]!;
    return {
      code: before.code,
      pillar: before.pillar,
      presence: presenceOf(before.everyone.respondents, after?.everyone.respondents ?? 0),
      everyone: changeOf(everyone, verdict[0]!),
      constituencies: Object.fromEntries(
        ids.map((id, i) => [id, changeOf(constituencies[i] ?? null, verdict[i + 1]!)]),
      ),
      hctGap: { earlier: before.hctGap?.mean ?? null, later: after?.hctGap?.mean ?? null },
    };
  });
  const moved = (way: Movement) => statements.filter((s) => s.everyone?.moved === way).map((s) => s.code);
  return {
    earlierRound: earlier.round,
    laterRound: later.round,
    options,
    counted: families.filter((family) => family.some((member) => member.pValue !== null)).length,
    statements,
    improved: moved("improved"),
    worsened: moved("worsened"),
  };
}

function presenceOf(earlier: number, later: number): RoundPresence {
  if (earlier > 0) return later > 0 ? "both" : "dropped";
  return later > 0 ? "added" : "neither";
}

function changeOf(test: ChangeTest | null, verdict: { reported: boolean; level: number }): RoundChange | null {
  if (!test) return null;
  const { comparison } = test;
  return {
    earlierRatings: test.earlier.n,
    laterRatings: test.later.n,
    earlierMean: test.earlier.mean,
    laterMean: test.later.mean,
    change: comparison.gap,
    interval: gapInterval(comparison, verdict.level),
    level: verdict.level,
    pValue: test.pValue,
    moved: verdict.reported ? (comparison.gap > 0 ? "improved" : "worsened") : null,
  };
}
