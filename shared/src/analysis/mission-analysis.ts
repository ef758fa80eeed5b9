// The whole mission compared across constituencies: every statement's figures and the ranked lists.
import { z } from "zod";
import { type StatementDisclosure, statementDisclosure } from "../disclosure/statement-disclosure.ts";
import { respondents, type StatementTally } from "../schemas/tally.ts";
import { FlagLists, flagMission } from "./mission-flags.ts";
import { AnalysisOptions, type AnalysisOptionsInput } from "./options.ts";
import { type AnalysisConstituency, StatementAnalysis, analyzeStatement } from "./statement-analysis.ts";

/** What `analyzeMission` reads: the questionnaire, the constituencies and their tallies. */
export interface MissionTallies {
  /** Number of points of the mission's scale (3 to 11). */
  points: number;
  /** The pillars, in the order the retreat takes them. */
  pillars: readonly { id: string }[];
  /** The statements, in questionnaire order. */
  statements: readonly { code: string; pillar: string }[];
  /** The constituencies; those with `isHct` together form the HCT. */
  constituencies: readonly AnalysisConstituency[];
  /** Tallies by constituency id, then by statement code; a missing tally counts as nobody. */
  tallies: Readonly<Record<string, Readonly<Record<string, StatementTally | undefined>> | undefined>>;
  /**
   * The withheld cells by statement code, decided for the whole mission (with its workshops) by
   * `statementDisclosure`. Left out, each constituency is taken as one closed workshop, which is exact when
   * nothing else is published.
   */
  disclosure?: Readonly<Record<string, StatementDisclosure | undefined>>;
}

/** The decision when only constituency tallies are known: each constituency is its own smallest unit. */
function constituencyDisclosure(
  constituencies: MissionTallies["constituencies"],
  tallies: Readonly<Record<string, StatementTally | undefined>>,
  minimum: number,
): StatementDisclosure {
  const structure = {
    constituencies,
    workshops: constituencies.map((c) => ({ id: c.id, constituencyId: c.id, live: false })),
  };
  const sizes = Object.fromEntries(constituencies.map((c) => [c.id, tallies[c.id] ? respondents(tallies[c.id]!) : 0]));
  return statementDisclosure(structure, sizes, minimum);
}

/** A mission's analysis: JSON-safe, so the server can send it and the exports can write it as is. */
export const MissionAnalysis = z.object({
  /** Number of scale points. */
  points: z.number().int(),
  /** The options used, every default filled in. */
  options: AnalysisOptions,
  /** The pillars' ids, in the order given. */
  pillars: z.array(z.string()),
  /** Each statement's figures, in questionnaire order. */
  statements: z.array(StatementAnalysis),
  /** The ranked lists. */
  flags: FlagLists,
});
/** A mission's analysis. */
export type MissionAnalysis = z.infer<typeof MissionAnalysis>;

/**
 * Compares the constituencies of a mission on every statement and ranks the statements worth discussing.
 * Pass the mission's own anonymity minimum in `options.anonymityMinimum`. Throws a RangeError when a tally
 * does not have `points` counts or `points` is outside 3 to 11; never for empty tallies.
 */
export function analyzeMission(input: MissionTallies, options: AnalysisOptionsInput = {}): MissionAnalysis {
  const resolved = AnalysisOptions.parse(options);
  const statements = input.statements.map((statement) => {
    const tallies: Record<string, StatementTally | undefined> = {};
    for (const c of input.constituencies) tallies[c.id] = input.tallies[c.id]?.[statement.code];
    const disclosure =
      input.disclosure?.[statement.code] ??
      constituencyDisclosure(input.constituencies, tallies, resolved.anonymityMinimum);
    return analyzeStatement(statement, input.constituencies, tallies, input.points, resolved, disclosure);
  });
  const names = Object.fromEntries(input.constituencies.map((c) => [c.id, c.name]));
  return {
    points: input.points,
    options: resolved,
    pillars: input.pillars.map((pillar) => pillar.id),
    statements,
    flags: flagMission(statements, names, input.points, resolved),
  };
}
