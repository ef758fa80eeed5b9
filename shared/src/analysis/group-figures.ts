// A group's figures as they may be shown: the summary, or only the fact that it is withheld and why.
import { z } from "zod";
import { respondents, type StatementTally } from "../schemas/tally.ts";
import { SuppressionReason, type Withheld } from "../disclosure/withheld-reason.ts";
import { Summary, summarize } from "./summary.ts";

/** A group's figures on one statement, or a withheld cell (respondents only) when it is too small to show. */
export const GroupFigures = z.discriminatedUnion("suppressed", [
  z.object({ suppressed: z.literal(false), respondents: z.number(), summary: Summary }),
  z.object({ suppressed: z.literal(true), respondents: z.number(), reason: SuppressionReason }),
]);
/** A group's figures on one statement, or a withheld cell. */
export type GroupFigures = z.infer<typeof GroupFigures>;

/** The figures of `tally`, withheld for `reason` when one is given. */
export function groupFigures(tally: StatementTally, reason: Withheld): GroupFigures {
  const answered = respondents(tally);
  return reason
    ? { suppressed: true, respondents: answered, reason }
    : { suppressed: false, respondents: answered, summary: summarize(tally) };
}

/** The summary of shown figures with at least `minimumRatings` ratings, else null: a group that may raise a flag. */
export function flaggable(figures: GroupFigures | null, minimumRatings: number): Summary | null {
  return figures && !figures.suppressed && figures.summary.n >= minimumRatings ? figures.summary : null;
}
