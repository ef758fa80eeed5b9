// The exactly-once check of the fault scenarios can fail: fed a planted duplicate, a wrong last value, a stored
// rating nobody had acknowledged or a tally off its recount, it says so, and a reported loss excuses only itself.
import { describe, expect, it } from "vitest";
import type { RatingRecord } from "../../server/src/domain/store.ts";
import { findExactlyOnceProblems, type ExactlyOnceEvidence } from "../support/exactly-once.ts";
import { recount } from "../support/recount.ts";
import type { Submission } from "../support/rating-crowd.ts";

const CODES = ["L1", "L2"];
const rated = (statementCode: string, value: Submission["value"], voteId: string): Submission => ({
  statementCode,
  value,
  voteId,
});
/** Participant p1 (token t1) rated L1 twice (3, then 5) and L2 once; all three were acknowledged. */
const ACKNOWLEDGED = [rated("L1", 3, "v1"), rated("L2", "dont-know", "v2"), rated("L1", 5, "v3")];
const record = ({ statementCode, value, voteId }: Submission, participantId = "p1"): RatingRecord => ({
  workshopId: "w",
  participantId,
  statementCode,
  value,
  voteId,
});

/** The evidence of a store holding `stored`, with tallies recounted from it unless given. */
function evidence(stored: RatingRecord[], more: Partial<ExactlyOnceEvidence> = {}): ExactlyOnceEvidence {
  return {
    stored,
    participantIds: new Map([["t1", "p1"]]),
    acknowledged: new Map([["t1", ACKNOWLEDGED]]),
    lost: new Set(),
    tallies: recount(stored, 5, CODES),
    points: 5,
    codes: CODES,
    ...more,
  };
}
const RIGHT = [record(ACKNOWLEDGED[2]!), record(ACKNOWLEDGED[1]!)];

describe("the exactly-once check", () => {
  it("passes a store holding exactly each last acknowledged rating", () => {
    expect(findExactlyOnceProblems(evidence(RIGHT))).toEqual({ expected: 2, stored: 2, reportedLost: 0, problems: [] });
  });

  it("fails on a planted duplicate, even when nothing was lost and the loss report matches (0 = 0)", () => {
    const report = findExactlyOnceProblems(evidence([...RIGHT, record(ACKNOWLEDGED[2]!)]));
    expect(report.problems).toContain("p1 has two ratings of L1");
    // A duplicate is never excused by a reported loss either.
    const withLoss = findExactlyOnceProblems(evidence([...RIGHT, record(ACKNOWLEDGED[0]!)], { lost: new Set(["v3"]) }));
    expect(withLoss.problems).toContain("p1 has two ratings of L1");
  });

  it("fails on a wrong last value: an older rating kept, or the right vote id with another value", () => {
    const older = findExactlyOnceProblems(evidence([record(ACKNOWLEDGED[0]!), record(ACKNOWLEDGED[1]!)]));
    expect(older.problems).toEqual(["L1: stored v1=3, acknowledged last v3"]);
    const changed = findExactlyOnceProblems(evidence([record(rated("L1", 4, "v3")), record(ACKNOWLEDGED[1]!)]));
    expect(changed.problems).toEqual(["L1: stored v3=4, never acknowledged so"]);
  });

  it("fails on a missing rating, a rating nobody acknowledged, an unknown participant and a tally off its recount", () => {
    expect(findExactlyOnceProblems(evidence([record(ACKNOWLEDGED[2]!)])).problems).toEqual([
      "acknowledged rating v2 of L2 is missing",
    ]);
    expect(findExactlyOnceProblems(evidence([...RIGHT, record(rated("L1", 1, "x"), "p2")])).problems).toEqual([
      "p2 L1: x stored but never acknowledged",
    ]);
    expect(findExactlyOnceProblems(evidence(RIGHT, { participantIds: new Map([["t1", null]]) })).problems).toContain(
      "a participant who rated is unknown to the store",
    );
    const off = findExactlyOnceProblems(
      evidence(RIGHT, { tallies: { ...recount(RIGHT, 5, CODES), L2: { counts: [0, 0, 0, 0, 0], dontKnow: 2 } } }),
    );
    expect(off.problems).toEqual([
      'tally of L2 {"counts":[0,0,0,0,0],"dontKnow":2} ≠ recount {"counts":[0,0,0,0,0],"dontKnow":1}',
    ]);
  });

  it("excuses a missing or older last rating only when its vote id was reported lost", () => {
    const rolledBack = [record(ACKNOWLEDGED[0]!), record(ACKNOWLEDGED[1]!)];
    expect(findExactlyOnceProblems(evidence(rolledBack, { lost: new Set(["v3"]) }))).toEqual({
      expected: 2,
      stored: 1,
      reportedLost: 1,
      problems: [],
    });
    expect(findExactlyOnceProblems(evidence([record(ACKNOWLEDGED[1]!)], { lost: new Set(["v3"]) })).problems).toEqual(
      [],
    );
    // A loss reported for another vote id excuses nothing here.
    expect(findExactlyOnceProblems(evidence(rolledBack, { lost: new Set(["v1"]) })).problems).toEqual([
      "L1: stored v1=3, acknowledged last v3",
    ]);
  });
});
