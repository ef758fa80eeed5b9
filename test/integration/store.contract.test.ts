// One contract, two stores: the embedded journal store and the Redis store must behave the same (SPEC S1–S11, P1).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Store } from "../../server/src/domain/store.ts";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { aMission, aRating, aWorkshop, STATEMENT_CODES, id } from "../support/fixtures.ts";
import { aBreakout, aChoice, aPlan, aVote, recountVotes } from "../support/priority-fixtures.ts";
import { recount } from "../support/recount.ts";

const SETUP = { statementCodes: [...STATEMENT_CODES], scalePoints: 5 };

const implementations: [string, () => Store][] = [
  ["embedded", () => new EmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), "peerpulse-contract-")) })],
  ["redis (real redis-server)", () => new RedisStore(inject("redisUrl"))],
];

describe.each(implementations)("store contract: %s", (_name, makeStore) => {
  const store = makeStore();
  afterAll(() => store.close());

  async function openWorkshop(overrides = {}) {
    const mission = aMission();
    await store.createMission(mission, "hash");
    const workshop = aWorkshop(mission, overrides);
    expect(await store.createWorkshop(workshop, SETUP)).toBe(true);
    return { mission, workshop };
  }

  it("S1: keeps missions and their facilitator key hash", async () => {
    const mission = aMission();
    await store.createMission(mission, "the-hash");
    expect(await store.getMission(mission.id)).toEqual(mission);
    expect(await store.getFacilitatorKeyHash(mission.id)).toBe("the-hash");
    expect(await store.getMission(id())).toBeNull();
  });

  it("S2: keeps workshops, finds them by join code, and refuses a join code already taken", async () => {
    const { mission, workshop } = await openWorkshop();
    expect(await store.getWorkshop(workshop.id)).toEqual(workshop);
    expect(await store.findWorkshopIdByJoinCode(workshop.joinCode)).toBe(workshop.id);
    expect(await store.listWorkshopIds(mission.id)).toEqual([workshop.id]);
    expect(await store.createWorkshop(aWorkshop(mission, { joinCode: workshop.joinCode }), SETUP)).toBe(false);
    expect(await store.listWorkshopIds(mission.id)).toEqual([workshop.id]);
  });

  it("S3: changes a workshop's control state field by field", async () => {
    const { workshop } = await openWorkshop({ status: "draft" });
    await store.updateWorkshop(workshop.id, { status: "open", currentIndex: 2 });
    await store.updateWorkshop(workshop.id, { lock: "C1" });
    await store.updateWorkshop(workshop.id, { lock: "A1", revealed: true });
    await store.updateWorkshop(workshop.id, { entryClosed: true, expectedSize: 30 });
    const changed = await store.updateWorkshop(workshop.id, { unlock: "C1" });
    expect(changed).toEqual({
      workshop: {
        ...workshop,
        status: "open",
        currentIndex: 2,
        revealed: true,
        locked: ["A1"],
        entryClosed: true,
        expectedSize: 30,
      },
      changed: true,
    });
    expect((await store.updateWorkshop(workshop.id, { expectedSize: null }))?.workshop.expectedSize).toBeNull();
    expect(await store.updateWorkshop(id(), { status: "closed" })).toBeNull();
  });

  it("M1 (S3c): `open` opens a draft only: a closed workshop stays closed in the same atomic step", async () => {
    const { workshop } = await openWorkshop({ status: "draft" });
    expect(await store.updateWorkshop(workshop.id, { open: true })).toMatchObject({
      workshop: { status: "open" },
      changed: true,
    });
    await store.updateWorkshop(workshop.id, { status: "closed" });
    expect(await store.updateWorkshop(workshop.id, { open: true })).toMatchObject({
      workshop: { status: "closed" },
      changed: false,
    });
    expect((await store.getWorkshop(workshop.id))?.status).toBe("closed");
  });

  it("M2 (S3d): a change that changes nothing says so", async () => {
    const { workshop } = await openWorkshop({ currentIndex: 0, locked: ["C1"] });
    for (const change of [
      { step: -1 as const },
      { revealed: false },
      { lock: "C1" },
      { unlock: "A1" },
      { currentIndex: 0 },
      { status: "open" as const },
      { open: true as const },
      { entryClosed: false },
      { expectedSize: null },
    ])
      expect(await store.updateWorkshop(workshop.id, change), JSON.stringify(change)).toMatchObject({
        workshop: { currentIndex: 0, revealed: false, locked: ["C1"], entryClosed: false, expectedSize: null },
        changed: false,
      });
    await store.updateWorkshop(workshop.id, { currentIndex: STATEMENT_CODES.length - 1 });
    expect(await store.updateWorkshop(workshop.id, { step: 1 })).toMatchObject({ changed: false });
    expect(await store.updateWorkshop(workshop.id, { expectedSize: 12 })).toMatchObject({ changed: true });
    expect(await store.updateWorkshop(workshop.id, { expectedSize: 12 })).toMatchObject({ changed: false });
  });

  it("M3 (S3e): steps move from the index the store holds: concurrent steps each count, within the statements", async () => {
    const { workshop } = await openWorkshop({ currentIndex: 0 });
    await Promise.all([store.updateWorkshop(workshop.id, { step: 1 }), store.updateWorkshop(workshop.id, { step: 1 })]);
    expect((await store.getWorkshop(workshop.id))?.currentIndex).toBe(2);
    await Promise.all(STATEMENT_CODES.map(() => store.updateWorkshop(workshop.id, { step: 1 })));
    expect((await store.getWorkshop(workshop.id))?.currentIndex).toBe(STATEMENT_CODES.length - 1);
    await Promise.all([
      store.updateWorkshop(workshop.id, { step: -1, revealed: true }),
      store.updateWorkshop(workshop.id, { step: -1 }),
    ]);
    expect((await store.getWorkshop(workshop.id))?.currentIndex).toBe(STATEMENT_CODES.length - 3);
    await Promise.all(STATEMENT_CODES.map(() => store.updateWorkshop(workshop.id, { step: -1 })));
    expect((await store.getWorkshop(workshop.id))?.currentIndex).toBe(0);
  });

  it("G4 (S4b): once entry is closed no participant is added, in the same step; reopened, they are again", async () => {
    const { workshop } = await openWorkshop();
    expect(await store.addParticipant(workshop.id, "p1", "token-hash-1")).toBe("added");
    await store.updateWorkshop(workshop.id, { entryClosed: true });
    expect(await store.addParticipant(workshop.id, "p2", "token-hash-2")).toBe("entry_closed");
    expect(await store.findParticipant(workshop.id, "token-hash-1")).toBe("p1");
    expect(await store.findParticipant(workshop.id, "token-hash-2")).toBeNull();
    expect((await store.getTally(workshop.id))?.joined).toBe(1);
    await store.updateWorkshop(workshop.id, { entryClosed: false });
    expect(await store.addParticipant(workshop.id, "p2", "token-hash-2")).toBe("added");
    expect(await store.addParticipant(id(), "p3", "token-hash-3")).toBe("workshop_not_found");
  });

  it("P1 (S3b): moving to another statement hides results in the same step; staying on it keeps them", async () => {
    const { workshop } = await openWorkshop({ currentIndex: 1 });
    await store.updateWorkshop(workshop.id, { revealed: true });
    expect((await store.updateWorkshop(workshop.id, { currentIndex: 1 }))?.workshop.revealed).toBe(true);
    expect(await store.updateWorkshop(workshop.id, { currentIndex: 2 })).toMatchObject({
      workshop: { currentIndex: 2, revealed: false },
    });
    // A reveal sent with the move applies to the statement moved to.
    expect(await store.updateWorkshop(workshop.id, { currentIndex: 0, revealed: true })).toMatchObject({
      workshop: { currentIndex: 0, revealed: true },
    });
    await store.updateWorkshop(workshop.id, { revealed: true });
    expect(await store.updateWorkshop(workshop.id, { step: 1 })).toMatchObject({
      workshop: { currentIndex: 1, revealed: false },
    });
  });

  it("S4: counts joined participants by token", async () => {
    const { workshop } = await openWorkshop();
    await store.addParticipant(workshop.id, "p1", "token-hash-1");
    await store.addParticipant(workshop.id, "p2", "token-hash-2");
    expect(await store.findParticipant(workshop.id, "token-hash-2")).toBe("p2");
    expect(await store.findParticipant(workshop.id, "nope")).toBeNull();
    expect((await store.getTally(workshop.id))?.joined).toBe(2);
  });

  it("S5: a rating moves one count; changing it moves exactly one count; don't know is counted apart", async () => {
    const { workshop } = await openWorkshop();
    expect(await store.recordRating(aRating(workshop, "p1", "L1", 4))).toEqual({ accepted: true, outcome: "recorded" });
    expect(await store.recordRating(aRating(workshop, "p2", "L1", "dont-know"))).toEqual({
      accepted: true,
      outcome: "recorded",
    });
    expect(await store.recordRating(aRating(workshop, "p1", "L1", 2))).toEqual({ accepted: true, outcome: "changed" });
    expect(await store.recordRating(aRating(workshop, "p1", "L1", 2))).toEqual({
      accepted: true,
      outcome: "unchanged",
    });
    const tally = await store.getTally(workshop.id);
    expect(tally?.statements.L1).toEqual({ counts: [0, 1, 0, 0, 0], dontKnow: 1 });
    expect(tally?.statements.L2).toEqual({ counts: [0, 0, 0, 0, 0], dontKnow: 0 });
    expect(tally?.voted).toBe(2);
    expect((await store.ratedCodes(workshop.id, "p1")).sort()).toEqual(["L1"]);
  });

  it("S6: a vote id re-sent counts once, even after a later change (no revert by replay)", async () => {
    const { workshop } = await openWorkshop();
    const first = aRating(workshop, "p1", "C1", 5);
    await store.recordRating(first);
    expect(await store.recordRating(first)).toEqual({ accepted: true, outcome: "duplicate" });
    await store.recordRating(aRating(workshop, "p1", "C1", 1));
    expect(await store.recordRating(first)).toEqual({ accepted: true, outcome: "duplicate" });
    expect((await store.getTally(workshop.id))?.statements.C1).toEqual({ counts: [1, 0, 0, 0, 0], dontKnow: 0 });
  });

  it("S7: refuses ratings on draft, closed, unknown, locked and not-yet-open statements without changing anything", async () => {
    const { workshop: draft } = await openWorkshop({ status: "draft" });
    expect(await store.recordRating(aRating(draft, "p", "L1", 3))).toEqual({
      accepted: false,
      refusal: "workshop_not_open",
    });
    const { workshop: closed } = await openWorkshop({ status: "closed" });
    expect(await store.recordRating(aRating(closed, "p", "L1", 3))).toEqual({
      accepted: false,
      refusal: "workshop_closed",
    });
    const { workshop } = await openWorkshop({ pacing: "presenter-led", currentIndex: 1, locked: ["L1"] });
    expect(await store.recordRating(aRating(workshop, "p", "Z9", 3))).toEqual({
      accepted: false,
      refusal: "statement_unknown",
    });
    expect(await store.recordRating(aRating(workshop, "p", "L1", 3))).toEqual({
      accepted: false,
      refusal: "statement_locked",
    });
    expect(await store.recordRating(aRating(workshop, "p", "C1", 3))).toEqual({
      accepted: false,
      refusal: "statement_not_open",
    });
    expect(await store.recordRating(aRating(workshop, "p", "L2", 3))).toEqual({ accepted: true, outcome: "recorded" });
    expect(await store.recordRating({ ...aRating(workshop, "p", "L2", 3), workshopId: id() })).toEqual({
      accepted: false,
      refusal: "workshop_not_found",
    });
    const tally = await store.getTally(workshop.id);
    expect(recount(await store.listRatings(workshop.id), 5)).toEqual(tally?.statements);
    expect(tally?.voted).toBe(1);
    expect((await store.getTally(draft.id))?.voted).toBe(0);
  });

  it("S7b: a refused rating leaves its vote id unused, so the phone's re-send is counted once the statement opens", async () => {
    const { workshop } = await openWorkshop({ status: "draft", pacing: "presenter-led", currentIndex: 0 });
    const queued = aRating(workshop, "p1", "C1", 4);
    expect(await store.recordRating(queued)).toEqual({ accepted: false, refusal: "workshop_not_open" });
    await store.updateWorkshop(workshop.id, { status: "open" });
    expect(await store.recordRating(queued)).toEqual({ accepted: false, refusal: "statement_not_open" });
    await store.updateWorkshop(workshop.id, { currentIndex: STATEMENT_CODES.length - 1, lock: "C1" });
    expect(await store.recordRating(queued)).toEqual({ accepted: false, refusal: "statement_locked" });
    await store.updateWorkshop(workshop.id, { unlock: "C1" });
    expect(await store.recordRating(queued)).toEqual({ accepted: true, outcome: "recorded" });
    expect(await store.recordRating(queued)).toEqual({ accepted: true, outcome: "duplicate" });
    expect((await store.getTally(workshop.id))?.statements.C1).toEqual({ counts: [0, 0, 0, 1, 0], dontKnow: 0 });
  });

  it("S8: concurrent ratings and changes from many participants leave tallies equal to a recount", async () => {
    const { workshop } = await openWorkshop();
    const ratings = Array.from({ length: 60 }, (_, participant) =>
      STATEMENT_CODES.flatMap((code, index) => [
        aRating(workshop, `p${participant}`, code, ((participant + index) % 5) + 1),
        aRating(
          workshop,
          `p${participant}`,
          code,
          participant % 7 === 0 ? "dont-know" : ((participant * 3 + index) % 5) + 1,
        ),
      ]),
    ).flat();
    const results = await Promise.all(ratings.map((rating) => store.recordRating(rating)));
    expect(results.every((result) => result.accepted)).toBe(true);
    await Promise.all(ratings.slice(0, 50).map((rating) => store.recordRating(rating)));
    const tally = await store.getTally(workshop.id);
    const stored = await store.listRatings(workshop.id);
    expect(stored).toHaveLength(60 * STATEMENT_CODES.length);
    expect(tally?.statements).toEqual(recount(stored, 5));
    for (const code of STATEMENT_CODES) {
      const statement = tally?.statements[code];
      expect((statement?.counts.reduce((a, b) => a + b, 0) ?? 0) + (statement?.dontKnow ?? 0)).toBe(60);
    }
  });

  it("S9: unknown ids read as null or empty, never as an error", async () => {
    expect(await store.getWorkshop(id())).toBeNull();
    expect(await store.getTally(id())).toBeNull();
    expect(await store.listRatings(id())).toEqual([]);
    expect(await store.ratedCodes(id(), "p")).toEqual([]);
    expect(await store.findWorkshopIdByJoinCode("999999x")).toBeNull();
    expect((await store.health()).status).toBe("ok");
  });

  it("S10: keeps the mission team's shortlist curation with the mission", async () => {
    const mission = aMission();
    await store.createMission(mission, "hash");
    expect(await store.getShortlistCuration(mission.id)).toBeNull();
    const curation = {
      entries: [
        { code: "C1", decision: "accepted" as const, note: "raise with the HC", addedByHand: true },
        { code: "L1", decision: "dropped" as const, note: "", addedByHand: false },
      ],
    };
    await store.saveShortlistCuration(mission.id, curation);
    expect(await store.getShortlistCuration(mission.id)).toEqual(curation);
    await store.saveShortlistCuration(id(), curation);
  });

  it("S11: imports a carried-over workshop's final counts once; a new rating adds to them", async () => {
    const mission = aMission();
    const workshop = aWorkshop(mission, { status: "closed" });
    const carried = {
      joined: 7,
      voted: 6,
      statements: Object.fromEntries(STATEMENT_CODES.map((code) => [code, { counts: [1, 0, 2, 3, 0], dontKnow: 1 }])),
    };
    expect(await store.importWorkshop(workshop, SETUP, carried)).toBe("imported");
    await store.createMission(mission, "hash");
    expect(await store.importWorkshop(workshop, SETUP, carried)).toBe("exists");
    expect(await store.importWorkshop(aWorkshop(mission, { joinCode: workshop.joinCode }), SETUP, carried)).toBe(
      "join_code_taken",
    );
    expect(await store.getTally(workshop.id)).toEqual(carried);
    expect(await store.getWorkshop(workshop.id)).toEqual(workshop);
    expect(await store.listWorkshopIds(mission.id)).toEqual([workshop.id]);
    expect(await store.listRatings(workshop.id)).toEqual([]);
    await store.updateWorkshop(workshop.id, { status: "open" });
    await store.recordRating(aRating(workshop, "p1", "L1", 5));
    const tally = await store.getTally(workshop.id);
    expect(tally?.statements.L1).toEqual({ counts: [1, 0, 2, 3, 1], dontKnow: 1 });
    expect(tally?.voted).toBe(7);
  });
});

describe.each(implementations)("store contract, break-outs, priority votes and plans: %s", (_name, makeStore) => {
  const store = makeStore();
  afterAll(() => store.close());

  async function withVote(priorities = 4, picks = 2) {
    const mission = aMission();
    await store.createMission(mission, "hash");
    const workshop = aWorkshop(mission);
    expect(await store.createWorkshop(workshop, SETUP)).toBe(true);
    const ballot = Array.from({ length: priorities }, () => id("pr"));
    expect(await store.openVote(aVote(workshop.id, ballot, picks))).toBe("opened");
    return { mission, workshop, ballot };
  }

  it("B5: a break-out is saved only over the revision read; a stale save changes nothing", async () => {
    const mission = aMission();
    await store.createMission(mission, "hash");
    const workshop = aWorkshop(mission);
    await store.createWorkshop(workshop, SETUP);
    const first = { breakout: aBreakout(workshop.id), tokenHashes: { g: "hash-1" } };
    expect(await store.saveBreakout(id("w"), first, 0)).toBe(false);
    expect(await store.saveBreakout(workshop.id, first, 0)).toBe(true);
    expect(await store.saveBreakout(workshop.id, first, 0)).toBe(false);
    const second = { ...first, breakout: { ...first.breakout, status: "closed" as const, revision: 2 } };
    expect(await store.saveBreakout(workshop.id, second, 1)).toBe(true);
    expect(await store.saveBreakout(workshop.id, { ...first, breakout: { ...first.breakout, revision: 2 } }, 1)).toBe(
      false,
    );
    expect(await store.getBreakout(workshop.id)).toEqual(second);
    expect(await store.getBreakout(id("w"))).toBeNull();
  });

  it("H6: a plan is saved only over the revision read, and only for a mission that exists", async () => {
    const mission = aMission();
    expect(await store.saveActionPlan(mission.id, aPlan(mission.id), 0)).toBe(false);
    await store.createMission(mission, "hash");
    const plan = aPlan(mission.id);
    expect(await store.saveActionPlan(mission.id, plan, 0)).toBe(true);
    expect(await store.saveActionPlan(mission.id, { ...plan, revision: 2, items: [] }, 0)).toBe(false);
    expect(await store.getActionPlan(mission.id)).toEqual(plan);
    expect(await store.getActionPlan(id("m"))).toBeNull();
  });

  it("V1: a vote opens once, on a workshop that exists", async () => {
    const { workshop, ballot } = await withVote();
    expect(await store.openVote(aVote(workshop.id, ballot.slice(0, 1)))).toBe("exists");
    expect(await store.openVote(aVote(id("w"), ballot))).toBe("workshop_not_found");
    expect(await store.getVote(workshop.id)).toEqual(aVote(workshop.id, ballot, 2));
    expect(await store.getVoteCounts(workshop.id)).toEqual({
      voters: 0,
      votes: Object.fromEntries(ballot.map((priorityId) => [priorityId, 0])),
    });
  });

  it("V2: a vote adds one per priority picked; a new set moves only what changed; the same set is unchanged", async () => {
    const { workshop, ballot } = await withVote();
    const [a, b, c] = ballot as [string, string, string];
    expect(await store.recordVote(aChoice(workshop.id, "p1", [a, b]))).toEqual({ accepted: true, outcome: "recorded" });
    expect(await store.recordVote(aChoice(workshop.id, "p2", [b]))).toEqual({ accepted: true, outcome: "recorded" });
    expect(await store.recordVote(aChoice(workshop.id, "p1", [c, b]))).toEqual({ accepted: true, outcome: "changed" });
    expect(await store.recordVote(aChoice(workshop.id, "p1", [b, c]))).toEqual({
      accepted: true,
      outcome: "unchanged",
    });
    const counts = await store.getVoteCounts(workshop.id);
    expect(counts).toEqual({ voters: 2, votes: { [a]: 0, [b]: 2, [c]: 1, [ballot[3]!]: 0 } });
    expect(counts).toEqual(recountVotes(await store.listVoteChoices(workshop.id), ballot));
  });

  it("V3: a vote id re-sent counts once, even after a later change (no revert by replay)", async () => {
    const { workshop, ballot } = await withVote();
    const [a, b] = ballot as [string, string];
    const first = aChoice(workshop.id, "p1", [a]);
    await store.recordVote(first);
    await store.recordVote(aChoice(workshop.id, "p1", [b]));
    expect(await store.recordVote(first)).toEqual({ accepted: true, outcome: "duplicate" });
    expect((await store.getVoteCounts(workshop.id))?.votes).toMatchObject({ [a]: 0, [b]: 1 });
  });

  it("V4: refuses votes when not opened, closed, off the ballot or over the picks, changing nothing", async () => {
    const { workshop, ballot } = await withVote(4, 2);
    const [a, b, c] = ballot as [string, string, string];
    const before = await store.getVoteCounts(workshop.id);
    expect(await store.recordVote(aChoice(workshop.id, "p1", [a, id("pr")]))).toEqual({
      accepted: false,
      refusal: "priority_unknown",
    });
    expect(await store.recordVote(aChoice(workshop.id, "p1", [a, b, c]))).toEqual({
      accepted: false,
      refusal: "too_many_choices",
    });
    expect(await store.recordVote(aChoice(id("w"), "p1", [a]))).toEqual({ accepted: false, refusal: "vote_not_open" });
    await store.updateVote(workshop.id, { status: "closed" });
    const late = aChoice(workshop.id, "p1", [a]);
    expect(await store.recordVote(late)).toEqual({ accepted: false, refusal: "vote_closed" });
    expect(await store.getVoteCounts(workshop.id)).toEqual(before);
    expect(await store.listVoteChoices(workshop.id)).toEqual([]);
    // A refused vote id stays unused: re-sent once the vote reopens, it counts.
    await store.updateVote(workshop.id, { status: "open" });
    expect(await store.recordVote(late)).toEqual({ accepted: true, outcome: "recorded" });
  });

  it("V6, V7, V8: the vote's state changes field by field; a workshop without a vote has none", async () => {
    const { workshop, ballot } = await withVote();
    await store.updateVote(workshop.id, { revealed: true });
    await store.updateVote(workshop.id, { top: [ballot[2]!, ballot[0]!] });
    const closed = await store.updateVote(workshop.id, { status: "closed" });
    expect(closed).toEqual({
      ...aVote(workshop.id, ballot, 2),
      status: "closed",
      revealed: true,
      top: [ballot[2], ballot[0]],
    });
    expect(await store.updateVote(id("w"), { status: "closed" })).toBeNull();
    expect(await store.getVote(id("w"))).toBeNull();
    expect(await store.getVoteCounts(id("w"))).toBeNull();
  });

  it("V3, S8: concurrent votes and changes from many participants leave counts equal to a recount", async () => {
    const { workshop, ballot } = await withVote(5, 3);
    const votes = Array.from({ length: 200 }, (_, index) => {
      const picked = ballot.filter((_, position) => (index * 7 + position * 3) % 5 < 3).slice(0, 3);
      return aChoice(workshop.id, `p${index % 40}`, picked.length > 0 ? picked : [ballot[0]!]);
    });
    const results = await Promise.all(votes.map((vote) => store.recordVote(vote)));
    expect(results.every((result) => result.accepted)).toBe(true);
    await Promise.all(votes.slice(0, 50).map((vote) => store.recordVote(vote)));
    const counts = await store.getVoteCounts(workshop.id);
    expect(counts?.voters).toBe(40);
    expect(counts).toEqual(recountVotes(await store.listVoteChoices(workshop.id), ballot));
  });

  it("H8: imports a carried-over vote's counts once (never choices)", async () => {
    const mission = aMission();
    await store.createMission(mission, "hash");
    const workshop = aWorkshop(mission, { status: "closed" });
    await store.createWorkshop(workshop, SETUP);
    const ballot = [id("pr"), id("pr")];
    const state = { ...aVote(workshop.id, ballot), status: "closed" as const, top: [ballot[1]!] };
    const counts = { voters: 9, votes: { [ballot[0]!]: 4, [ballot[1]!]: 7 } };
    await store.importVote(state, counts);
    await store.importVote({ ...state, top: [] }, { voters: 1, votes: {} });
    expect(await store.getVote(workshop.id)).toEqual(state);
    expect(await store.getVoteCounts(workshop.id)).toEqual(counts);
    expect(await store.listVoteChoices(workshop.id)).toEqual([]);
    await store.updateVote(workshop.id, { status: "open" });
    await store.recordVote(aChoice(workshop.id, "p1", [ballot[0]!]));
    expect(await store.getVoteCounts(workshop.id)).toEqual({ voters: 10, votes: { [ballot[0]!]: 5, [ballot[1]!]: 7 } });
  });
});
