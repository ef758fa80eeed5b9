// Follow-up rounds: new workshops months later, compared with the baseline beyond noise (docs/protocol.md T1–T6).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MissionTransferFile, RoundComparison, type MissionAnalysis, type Workshop } from "@peerpulse/shared";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { workshopKeys } from "../../server/src/store/redis/redis-keys.ts";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import { api, createMission } from "../support/clients.ts";
import { aMission, aWorkshop, STATEMENT_CODES } from "../support/fixtures.ts";
import {
  createRoundWorkshop,
  PLANTED,
  seedBaseline,
  seedFollowUp,
  SIZES,
  type RoundsMission,
} from "../support/rounds-mission.ts";

type Analysis = { analysis: MissionAnalysis };

describe.each(STORES)("follow-up rounds (%s store)", (store) => {
  let running: RunningApp;
  let seeded: RoundsMission;
  let baselineBefore: unknown;
  let talliesBefore: unknown;
  beforeAll(async () => {
    running = await startApp(store);
    const baseline = await seedBaseline(running.url);
    const path = `/api/missions/${baseline.mission.id}`;
    baselineBefore = (await api(running.url, "GET", `${path}/analysis`, undefined, baseline.key)).body;
    talliesBefore = (await api(running.url, "GET", `${path}/tallies`, undefined, baseline.key)).body;
    seeded = await seedFollowUp(running.url, baseline);
  });
  afterAll(() => running.close());

  const get = <T>(path: string) =>
    api<T>(running.url, "GET", `/api/missions/${seeded.mission.id}${path}`, undefined, seeded.key);

  it("T1: a follow-up round's workshops get their own six-digit join codes, take ratings, and list with their round", async () => {
    const { body } = await get<{ workshops: Workshop[] }>("/workshops");
    expect(body.workshops.map((w) => w.round).sort()).toEqual([1, 1, 1, 2, 2, 2]);
    const codes = body.workshops.map((w) => w.joinCode);
    expect(new Set(codes).size).toBe(6);
    for (const code of codes) expect(code).toMatch(/^[0-9]{6}$/);
    const round2 = await get<{ workshops: Record<string, { voted: number }> }>("/tallies?round=2");
    expect(
      Object.values(round2.body.workshops)
        .map((t) => t.voted)
        .sort(),
    ).toEqual([...SIZES.followUp].sort());
  });

  it("T2: a workshop may join round 1 to one past the mission's highest; further is 409 round_out_of_order and creates nothing", async () => {
    const refused = await createRoundWorkshop(running.url, seeded.mission, seeded.key, 0, 4);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: "round_out_of_order" } });
    const { body } = await get<{ workshops: Workshop[] }>("/workshops");
    expect(body.workshops).toHaveLength(6);
    // A mission without workshops starts at round 1.
    const fresh = await createMission(running.url, { title: "No rounds yet" });
    const early = await createRoundWorkshop(running.url, fresh.mission, fresh.key, 0, 2);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: "round_out_of_order" } });
  });

  it("T3: the comparison reports exactly the planted statements as improved or worsened, with intervals beyond the minimum change", async () => {
    const { status, body } = await get<{ comparison: RoundComparison }>("/rounds/compare?earlier=1&later=2");
    expect(status).toBe(200);
    const comparison = RoundComparison.parse(body.comparison);
    expect(comparison.improved).toEqual(PLANTED.improved);
    expect(comparison.worsened).toEqual(PLANTED.worsened);
    const minimum = comparison.options.minimumChange * 4;
    for (const statement of comparison.statements) {
      expect(statement.presence).toBe("both");
      const change = statement.everyone!;
      if (change.moved === "improved") expect(change.interval.low).toBeGreaterThan(minimum);
      if (change.moved === "worsened") expect(change.interval.high).toBeLessThan(-minimum);
      if (!change.moved) expect(Math.abs(change.change)).toBeLessThan(minimum);
      // The HCT against the others, within each round.
      expect(statement.hctGap.earlier).not.toBeNull();
    }
  });

  it("T4: each round is analysed from its own workshops only, so the baseline's figures are what they were before the follow-up, and no group under the minimum shows in either round or in a change", async () => {
    expect((await get("/analysis")).body).toEqual(baselineBefore);
    expect((await get("/analysis?round=1")).body).toEqual(baselineBefore);
    expect((await get("/tallies")).body).toEqual(talliesBefore);
    const ingos = seeded.mission.constituencies[1]!.id;
    const round1 = (await get<Analysis>("/analysis?round=1")).body.analysis;
    const round2 = (await get<Analysis>("/analysis?round=2")).body.analysis;
    for (const statement of round2.statements) {
      expect(statement.constituencies[ingos]).toMatchObject({ suppressed: true, reason: "below-minimum" });
      expect(statement.everyone.respondents).toBe(17);
    }
    // A change is given only for a group shown in both rounds.
    const { comparison } = (await get<{ comparison: RoundComparison }>("/rounds/compare")).body;
    comparison.statements.forEach((statement, index) => {
      for (const id of seeded.mission.constituencies.map((c) => c.id)) {
        const shownInBoth =
          !round1.statements[index]!.constituencies[id]!.suppressed &&
          !round2.statements[index]!.constituencies[id]!.suppressed;
        expect(statement.constituencies[id] !== null, `${statement.code} ${id}`).toBe(shownInBoth);
      }
      expect(statement.constituencies[ingos]).toBeNull();
      expect(statement.hctGap.later).toEqual(round2.statements[index]!.hctGap?.mean ?? null);
    });
    const constituencyTallies = (
      await get<{ constituencies: Record<string, { statements: Record<string, { suppressed: boolean }> }> }>(
        "/tallies?round=2",
      )
    ).body.constituencies;
    expect(Object.values(constituencyTallies[ingos]!.statements).every((s) => s.suppressed)).toBe(true);
  });

  it("T5: a round without workshops is 404 round_not_found; an earlier round not before the later, or a round out of range, is 400 bad_request", async () => {
    for (const [path, status, code] of [
      ["/rounds/compare?earlier=1&later=3", 404, "round_not_found"],
      ["/analysis?round=3", 404, "round_not_found"],
      ["/rounds/compare?earlier=2&later=2", 400, "bad_request"],
      ["/rounds/compare?earlier=2&later=1", 400, "bad_request"],
      ["/analysis?round=0", 400, "bad_request"],
      ["/tallies?round=abc", 400, "bad_request"],
    ] as const) {
      const answer = await get(path);
      expect(answer.status, path).toBe(status);
      expect(answer.body, path).toMatchObject({ error: { code } });
    }
  });

  it("T6: a transfer file carries each workshop's round, and the imported mission compares its rounds the same", async () => {
    const file = (await get<MissionTransferFile>("/transfer")).body;
    const other = await startApp("embedded");
    try {
      const imported = await api(other.url, "POST", "/api/missions/import", file, seeded.key);
      expect(imported.status).toBe(201);
      const path = `/api/missions/${seeded.mission.id}`;
      const here = (await get<{ comparison: RoundComparison }>("/rounds/compare")).body;
      const there = await api<{ comparison: RoundComparison }>(
        other.url,
        "GET",
        `${path}/rounds/compare`,
        undefined,
        seeded.key,
      );
      expect(there.body).toEqual(here);
    } finally {
      await other.close();
    }
  });
});

describe("rounds in data stored before rounds existed", () => {
  it("T1: a workshop stored without a round reads as round 1 in the embedded journal and in Redis", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-rounds-"));
    const embedded = new EmbeddedStore({ dataDir });
    const mission = aMission();
    await embedded.createMission(mission, "hash");
    const { round: _round, ...old } = aWorkshop(mission);
    await embedded.createWorkshop(old as Workshop, { statementCodes: [...STATEMENT_CODES], scalePoints: 5 });
    await embedded.close();
    const reopened = new EmbeddedStore({ dataDir });
    expect((await reopened.getWorkshop(old.id))?.round).toBe(1);
    await reopened.close();

    const redisStore = new RedisStore(inject("redisUrl"));
    const client = new Redis(inject("redisUrl"));
    try {
      const workshop = aWorkshop(mission, { round: 2 });
      await redisStore.createMission(mission, "hash");
      await redisStore.createWorkshop(workshop, { statementCodes: [...STATEMENT_CODES], scalePoints: 5 });
      expect((await redisStore.getWorkshop(workshop.id))?.round).toBe(2);
      await client.hdel(workshopKeys(workshop.id).meta, "round");
      expect((await redisStore.getWorkshop(workshop.id))?.round).toBe(1);
    } finally {
      client.disconnect();
      await redisStore.close();
    }
  });
});
