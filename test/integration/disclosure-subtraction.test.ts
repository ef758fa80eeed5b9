// W1–W5 through the real routes on both stores: issue 13's two leaks, and random missions, attacked by subtraction.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import { api } from "../support/clients.ts";
import { readPublished, seedMission } from "../support/published-figures.ts";
import { randomMission, truthOf, type Answer, type RandomMission } from "../support/random-mission.ts";
import { attack } from "../support/subtraction-attacker.ts";

/** A mission of closed workshops (one per constituency unless given several), everyone answering statement 1. */
function issueMission(sizes: Record<string, number[]>, minimum: number): RandomMission {
  return {
    minimum,
    statements: 1,
    constituencies: Object.keys(sizes).map((id) => ({ id, isHct: id === "hct" })),
    workshops: Object.entries(sizes).flatMap(([id, list]) =>
      list.map((size, j) => ({
        id: `${id}w${j}`,
        constituencyId: id,
        live: false,
        answers: [Array.from({ length: size }, (_, k) => (k % 6) as Answer)],
      })),
    ),
  };
}

describe.each(STORES)("disclosure control through the routes on the %s store", (storeKind) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(storeKind);
  });
  afterAll(async () => {
    await running.close();
  });

  async function attackAll(random: RandomMission) {
    const seeded = await seedMission(running.url, random);
    const found = [];
    const withheld = [];
    for (let statement = 0; statement < random.statements; statement++) {
      const published = await readPublished(running.url, random, seeded, statement);
      withheld.push(...published.withheld);
      found.push(...attack(published.figures, truthOf(random, statement), random.minimum));
    }
    return { found, withheld };
  }

  it("W2 W5: NNGO with workshops of 5 and 1: nothing recovers the one person, and withheld cells say why", async () => {
    const { found, withheld } = await attackAll(issueMission({ hct: [6], nngo: [5, 1] }, 5));
    expect(found).toEqual([]);
    expect(withheld).toContainEqual({ suppressed: true, respondents: 1, reason: "below-minimum" });
    expect(withheld).toContainEqual({ suppressed: true, respondents: 5, reason: "complementary" });
  });

  it("W2 W5: HCT 6, A 7, B 5, Tiny 1: everyone less the constituencies shown recovers nobody", async () => {
    const { found, withheld } = await attackAll(issueMission({ hct: [6], a: [7], b: [5], tiny: [1] }, 5));
    expect(found).toEqual([]);
    expect(withheld).toContainEqual({ suppressed: true, respondents: 5, reason: "complementary" });
  });

  it("W7: the transfer file's clear part holds no counts, names or statements; its counts are only inside the seal", async () => {
    const random = issueMission({ hct: [6], nngo: [5, 1] }, 5);
    const seeded = await seedMission(running.url, random);
    const file = await api<Record<string, unknown>>(
      running.url,
      "GET",
      `/api/missions/${seeded.missionId}/transfer`,
      undefined,
      seeded.key,
    );
    const { sealed, ...clear } = file.body;
    expect(Object.keys(clear).sort()).toEqual(["exportedAt", "format", "missionId", "title", "version"]);
    expect(Object.keys(sealed as object).sort()).toEqual(["algorithm", "data", "iv", "salt", "tag"]);
    const text = JSON.stringify(clear);
    for (const word of ["counts", "dontKnow", "nngo", "hct", `"${seeded.codes[0]!}"`]) expect(text).not.toContain(word);
  });

  it("W2 W3 W4: random missions (live and closed workshops, 0–6 people, minimum 3–5) leak nothing to one key", async () => {
    const missions = fc.sample(randomMission({ maxSize: 6, statements: 2, minimum: [3, 5] }), {
      numRuns: 3,
      seed: 1313,
    });
    for (const random of missions) {
      const { found } = await attackAll(random);
      expect(found).toEqual([]);
    }
  });
});
