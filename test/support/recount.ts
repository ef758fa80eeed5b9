// Recounts tallies from stored ratings: the independent check that counts equal what was stored.
import { DONT_KNOW, type StatementTally } from "@peerpulse/shared";
import type { RatingRecord } from "../../server/src/domain/store.ts";
import { STATEMENT_CODES } from "./fixtures.ts";

export function recount(
  ratings: RatingRecord[],
  points: number,
  codes: readonly string[] = STATEMENT_CODES,
): Record<string, StatementTally> {
  const tallies: Record<string, StatementTally> = {};
  for (const code of codes) tallies[code] = { counts: new Array<number>(points).fill(0), dontKnow: 0 };
  for (const rating of ratings) {
    const tally = (tallies[rating.statementCode] ??= { counts: new Array<number>(points).fill(0), dontKnow: 0 });
    if (rating.value === DONT_KNOW) tally.dontKnow += 1;
    else tally.counts[rating.value - 1]! += 1;
  }
  return tallies;
}
