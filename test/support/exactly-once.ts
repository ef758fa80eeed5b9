// The check every fault scenario ends with: each acknowledged rating is stored exactly once (the last one a
// participant had acknowledged per statement, with its vote id and value), nothing is stored that was never
// acknowledged, and the tallies equal a recount of the store. The only excuse is a loss the server reported.
import { isDeepStrictEqual } from "node:util";
import type { StatementTally } from "@peerpulse/shared";
import type { RatingRecord, Store } from "../../server/src/domain/store.ts";
import { hashSecret } from "../../server/src/domain/secrets.ts";
import { recount } from "./recount.ts";
import type { Submission } from "./rating-crowd.ts";

/** What the check found; `problems` is empty when all is well. */
export interface ExactlyOnceReport {
  /** Last acknowledged ratings (one per participant and statement). */
  expected: number;
  /** Of those, how many the store holds exactly. */
  stored: number;
  /** Of those, how many are missing or older and were reported lost. */
  reportedLost: number;
  problems: string[];
}

/** What the store holds and what the phones were told, for one workshop. */
export interface ExactlyOnceEvidence {
  stored: readonly RatingRecord[];
  /** Per participant token, the participant id the store knows it by (null: unknown). */
  participantIds: ReadonlyMap<string, string | null>;
  /** Per participant token, every rating acknowledged to it, in the order the acknowledgements came. */
  acknowledged: ReadonlyMap<string, readonly Submission[]>;
  /** Acknowledged vote ids the store no longer holds and the server reported lost (F2, F3); empty elsewhere. */
  lost: ReadonlySet<string>;
  tallies: Record<string, StatementTally> | undefined;
  points: number;
  codes: readonly string[];
}

/** The pure check: any duplicate, any wrong or missing last rating not reported lost, any unacknowledged rating. */
export function findExactlyOnceProblems(evidence: ExactlyOnceEvidence): ExactlyOnceReport {
  const problems: string[] = [];
  const held = new Map<string, RatingRecord>();
  for (const rating of evidence.stored) {
    const key = `${rating.participantId} ${rating.statementCode}`;
    if (held.has(key)) problems.push(`${rating.participantId} has two ratings of ${rating.statementCode}`);
    held.set(key, rating);
  }
  const known = new Set<string>();
  let expected = 0;
  let stored = 0;
  let reportedLost = 0;
  for (const [token, submissions] of evidence.acknowledged) {
    const participantId = evidence.participantIds.get(token);
    if (!participantId) {
      if (submissions.length > 0) problems.push("a participant who rated is unknown to the store");
      continue;
    }
    const byVoteId = new Map(submissions.map((submission) => [submission.voteId, submission]));
    const last = new Map(submissions.map((submission) => [submission.statementCode, submission]));
    for (const [code, submission] of last) {
      expected += 1;
      const key = `${participantId} ${code}`;
      known.add(key);
      const rating = held.get(key);
      const exact = rating?.voteId === submission.voteId && rating.value === submission.value;
      const earlier = rating ? byVoteId.get(rating.voteId) : undefined;
      if (exact) stored += 1;
      else if (rating && (!earlier || earlier.statementCode !== code || earlier.value !== rating.value))
        problems.push(`${code}: stored ${rating.voteId}=${String(rating.value)}, never acknowledged so`);
      else if (evidence.lost.has(submission.voteId)) reportedLost += 1;
      else if (rating)
        problems.push(
          `${code}: stored ${rating.voteId}=${String(rating.value)}, acknowledged last ${submission.voteId}`,
        );
      else problems.push(`acknowledged rating ${submission.voteId} of ${code} is missing`);
    }
  }
  for (const [key, rating] of held)
    if (!known.has(key)) problems.push(`${key}: ${rating.voteId} stored but never acknowledged`);
  const counted = recount([...evidence.stored], evidence.points, evidence.codes);
  for (const code of evidence.codes) {
    const tally = evidence.tallies?.[code];
    if (!isDeepStrictEqual(tally, counted[code]))
      problems.push(`tally of ${code} ${JSON.stringify(tally)} ≠ recount ${JSON.stringify(counted[code])}`);
  }
  return { expected, stored, reportedLost, problems };
}

/** Reads the workshop from the store and runs the check. */
export async function checkExactlyOnce(
  store: Store,
  workshopId: string,
  acknowledged: ReadonlyMap<string, readonly Submission[]>,
  points: number,
  codes: readonly string[],
  lost: ReadonlySet<string> = new Set(),
): Promise<ExactlyOnceReport> {
  const participantIds = new Map<string, string | null>();
  for (const token of acknowledged.keys())
    participantIds.set(token, await store.findParticipant(workshopId, hashSecret(token)));
  return findExactlyOnceProblems({
    stored: await store.listRatings(workshopId),
    participantIds,
    acknowledged,
    lost,
    tallies: (await store.getTally(workshopId))?.statements,
    points,
    codes,
  });
}
