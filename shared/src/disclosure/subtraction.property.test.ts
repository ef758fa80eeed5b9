// W2 as a property: over random missions, an attacker holding every published count never recovers a small group.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attack, type PublishedFigure } from "../../../test/support/subtraction-attacker.ts";
import {
  countsOf,
  figureOf,
  randomMission,
  truthOf,
  type RandomMission,
} from "../../../test/support/random-mission.ts";
import { analyzeMission } from "../analysis/mission-analysis.ts";
import { liveWorkshopVerdict, statementDisclosure, type StatementDisclosure } from "./statement-disclosure.ts";

const structureOf = (mission: RandomMission) => ({
  constituencies: mission.constituencies,
  workshops: mission.workshops,
});

function decide(mission: RandomMission, statement: number): StatementDisclosure {
  const respondents = Object.fromEntries(mission.workshops.map((w) => [w.id, w.answers[statement]!.length]));
  return statementDisclosure(structureOf(mission), respondents, mission.minimum);
}

/** What one key reads on one statement: the analysis (as analyzeMission writes it) and every workshop's tally. */
function published(mission: RandomMission, statement: number): PublishedFigure[] {
  const disclosure = decide(mission, statement);
  const workshopsOf = (ids: readonly string[]) =>
    mission.workshops.filter((w) => ids.includes(w.constituencyId)).map((w) => w.id);
  const tallies = Object.fromEntries(
    mission.constituencies.map((c) => {
      const counts = figureOf(mission, statement, workshopsOf([c.id])).counts;
      return [c.id, { S: { counts: counts.slice(0, 5), dontKnow: counts[5]! } }];
    }),
  );
  const analysis = analyzeMission(
    {
      points: 5,
      pillars: [{ id: "p" }],
      statements: [{ code: "S", pillar: "p" }],
      constituencies: mission.constituencies.map((c) => ({ ...c, name: c.id })),
      tallies,
      disclosure: { S: disclosure },
    },
    { anonymityMinimum: mission.minimum },
  ).statements[0]!;
  const figures: PublishedFigure[] = [];
  const hctIds = mission.constituencies.filter((c) => c.isHct).map((c) => c.id);
  const otherIds = mission.constituencies.filter((c) => !c.isHct).map((c) => c.id);
  if (!analysis.everyone.suppressed) figures.push(figureOf(mission, statement, workshopsOf([...hctIds, ...otherIds])));
  if (analysis.hct && !analysis.hct.suppressed) figures.push(figureOf(mission, statement, workshopsOf(hctIds)));
  if (analysis.others && !analysis.others.suppressed) figures.push(figureOf(mission, statement, workshopsOf(otherIds)));
  for (const [id, group] of Object.entries(analysis.constituencies))
    if (!group.suppressed) figures.push(figureOf(mission, statement, workshopsOf([id])));
  for (const w of mission.workshops) {
    const size = w.answers[statement]!.length;
    // The tallies route and, for a live workshop, tally:updated (which decides it alone, rule W3).
    const verdict = w.live ? liveWorkshopVerdict(size, mission.minimum) : disclosure.workshops[w.id];
    expect(verdict).toBe(disclosure.workshops[w.id]);
    if (verdict === null) figures.push(figureOf(mission, statement, [w.id]));
  }
  return figures;
}

/** Without disclosure control: every group at the minimum shown, as the tallies route did before. */
function unprotected(mission: RandomMission, statement: number): PublishedFigure[] {
  const groups = [
    mission.workshops.map((w) => w.id),
    ...mission.constituencies.map((c) => mission.workshops.filter((w) => w.constituencyId === c.id).map((w) => w.id)),
    ...mission.workshops.map((w) => [w.id]),
  ];
  return groups
    .map((units) => figureOf(mission, statement, units))
    .filter((figure) => figure.counts.reduce((a, b) => a + b, 0) >= mission.minimum);
}

const closedMission = (sizes: Record<string, number[]>, hct: string, minimum: number): RandomMission => ({
  minimum,
  statements: 1,
  constituencies: Object.keys(sizes).map((id) => ({ id, isHct: id === hct })),
  workshops: Object.entries(sizes).flatMap(([id, list]) =>
    list.map((size, j) => ({
      id: `${id}w${j}`,
      constituencyId: id,
      live: false,
      answers: [Array.from({ length: size }, (_, k) => ((k % 5) + 1) as 1)],
    })),
  ),
});

describe("W2: subtraction against the published figures", () => {
  const issueCases = [
    { name: "NNGO with workshops of 5 and 1", mission: closedMission({ hct: [8], nngo: [5, 1] }, "hct", 5) },
    { name: "HCT 6, A 7, B 5, Tiny 1", mission: closedMission({ hct: [6], a: [7], b: [5], tiny: [1] }, "hct", 5) },
  ];

  for (const { name, mission } of issueCases) {
    it(`W2: the attacker recovers one person's rating from the unprotected figures (${name})`, () => {
      const found = attack(unprotected(mission, 0), truthOf(mission, 0), mission.minimum);
      const oneperson = found.find((group) => group.respondents === 1);
      expect(oneperson).toBeDefined();
      const truth = truthOf(mission, 0).find((w) => w.id === oneperson!.units[0])!;
      expect(oneperson!.counts).toEqual(truth.counts);
    });

    it(`W2: and recovers nothing from the figures the routes now publish (${name})`, () => {
      expect(attack(published(mission, 0), truthOf(mission, 0), mission.minimum)).toEqual([]);
    });
  }

  it("W2 W3 W4: over random missions (1–5 constituencies, 1–4 workshops each, 0–30 people, minimum 3–8), nothing under the minimum is recovered", () => {
    fc.assert(
      fc.property(randomMission({ maxSize: 30, statements: 3 }), (mission) => {
        for (let statement = 0; statement < mission.statements; statement++) {
          const truth = truthOf(mission, statement);
          expect(attack(published(mission, statement), truth, mission.minimum)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("W2: the random missions do hold leaks for the unprotected figures, so the property can fail", () => {
    let leaky = 0;
    fc.assert(
      fc.property(randomMission({ maxSize: 8, statements: 1 }), (mission) => {
        if (attack(unprotected(mission, 0), truthOf(mission, 0), mission.minimum).length > 0) leaky++;
      }),
      { numRuns: 100, seed: 13 },
    );
    expect(leaky).toBeGreaterThan(10);
  }, 60_000);

  it("counts answers per scale point with don't know last", () => {
    expect(countsOf([0, 1, 5, 5])).toEqual([1, 0, 0, 0, 2, 1]);
  });
});
