// Tallies: the only form in which ratings leave the server.
import { z } from "zod";
import { SuppressionReason, type Withheld } from "../disclosure/withheld-reason.ts";

/** Counts for one statement: `counts[i]` is the number of ratings at scale point i + 1. */
export const StatementTally = z.object({
  counts: z.array(z.number().int().min(0)),
  dontKnow: z.number().int().min(0),
});
/** Counts for one statement. */
export type StatementTally = z.infer<typeof StatementTally>;

/**
 * A statement's tally as shown to people: withheld (respondents and the reason only) when fewer than the anonymity
 * minimum answered, or when, with the other figures shown, it would let a smaller group be worked out by subtraction.
 */
export const PublicStatementTally = z.discriminatedUnion("suppressed", [
  StatementTally.extend({ suppressed: z.literal(false) }),
  z.object({ suppressed: z.literal(true), respondents: z.number().int().min(0), reason: SuppressionReason }),
]);
/** A statement's tally as shown to people. */
export type PublicStatementTally = z.infer<typeof PublicStatementTally>;

/** A workshop's live state as presenters and consoles see it. */
export const WorkshopTally = z.object({
  workshopId: z.string(),
  joined: z.number().int().min(0),
  voted: z.number().int().min(0),
  statements: z.record(z.string(), PublicStatementTally),
});
/** A workshop's live state. */
export type WorkshopTally = z.infer<typeof WorkshopTally>;

/** Number of answers (scale points and "don't know") in a tally. */
export function respondents(tally: StatementTally): number {
  return tally.counts.reduce((sum, count) => sum + count, 0) + tally.dontKnow;
}

/** A tally as the disclosure decision (`statementDisclosure`) has it shown: its counts, or only why they are withheld. */
export function publicTally(tally: StatementTally, withheld: Withheld): PublicStatementTally {
  return withheld
    ? { suppressed: true, respondents: respondents(tally), reason: withheld }
    : { ...tally, suppressed: false };
}

/** Adds tallies of the same scale together (pooling workshops or constituencies). */
export function addTallies(points: number, tallies: readonly StatementTally[]): StatementTally {
  const counts = new Array<number>(points).fill(0);
  let dontKnow = 0;
  for (const tally of tallies) {
    tally.counts.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
    dontKnow += tally.dontKnow;
  }
  return { counts, dontKnow };
}
