// The check every fault scenario ends with: each acknowledged rating is stored exactly once (the last one a
// participant had acknowledged per statement, with its vote id) and the tallies equal a recount of the store.
import { isDeepStrictEqual } from "node:util";
import type { Store } from "../../server/src/domain/store.ts";
import { hashSecret } from "../../server/src/domain/secrets.ts";
import { recount } from "./recount.ts";
import type { Submission } from "./rating-crowd.ts";

/** What the check found; `problems` is empty when all is well. */
export interface ExactlyOnceReport {
  expected: number;
  stored: number;
  problems: string[];
}

export async function checkExactlyOnce(
  store: Store,
  workshopId: string,
  expected: Map<string, Map<string, Submission>>,
  points: number,
  codes: readonly string[],
): Promise<ExactlyOnceReport> {
  const problems: string[] = [];
  const stored = await store.listRatings(workshopId);
  const byParticipant = new Map<string, Map<string, { value: unknown; voteId: string }>>();
  for (const rating of stored) {
    const ratings = byParticipant.get(rating.participantId) ?? new Map<string, { value: unknown; voteId: string }>();
    if (ratings.has(rating.statementCode))
      problems.push(`${rating.participantId} has two ratings of ${rating.statementCode}`);
    ratings.set(rating.statementCode, rating);
    byParticipant.set(rating.participantId, ratings);
  }
  let expectedCount = 0;
  let found = 0;
  for (const [token, submissions] of expected) {
    const participantId = await store.findParticipant(workshopId, hashSecret(token));
    if (!participantId) {
      problems.push("a participant who rated is unknown to the store");
      continue;
    }
    const held = byParticipant.get(participantId) ?? new Map<string, { value: unknown; voteId: string }>();
    for (const [code, submission] of submissions) {
      expectedCount += 1;
      const rating = held.get(code);
      if (!rating) problems.push(`acknowledged rating ${submission.voteId} of ${code} is missing`);
      else if (rating.voteId !== submission.voteId || rating.value !== submission.value)
        problems.push(
          `${code}: stored ${rating.voteId}=${String(rating.value)}, acknowledged last ${submission.voteId}`,
        );
      else found += 1;
    }
    if (held.size > submissions.size) problems.push(`${held.size - submissions.size} rating(s) never acknowledged`);
  }
  const tally = await store.getTally(workshopId);
  const counted = recount(stored, points, codes);
  for (const code of codes) {
    if (!isDeepStrictEqual(tally?.statements[code], counted[code]))
      problems.push(
        `tally of ${code} ${JSON.stringify(tally?.statements[code])} ≠ recount ${JSON.stringify(counted[code])}`,
      );
  }
  return { expected: expectedCount, stored: found, problems };
}
