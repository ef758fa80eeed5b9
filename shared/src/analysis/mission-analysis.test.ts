// A planted mission: statements generated to be positive, negative, polarised or divergent land in exactly those lists.
import { describe, expect, it } from "vitest";
import type { StatementTally } from "../schemas/tally.ts";
import type { GroupFigures } from "./group-figures.ts";
import { MissionAnalysis, analyzeMission, type MissionTallies } from "./mission-analysis.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "./options.ts";
import { Shortlist, buildShortlist } from "./shortlist.ts";
import type { Summary } from "./summary.ts";

// Shapes on a five-point scale, each summing to 10 ratings; a constituency of 10·m people gets shape × m.
const SHAPES = {
  positive: [0, 0, 1, 4, 5], // 90% agree
  negative: [5, 4, 1, 0, 0], // 90% disagree
  polarised: [4, 1, 0, 1, 4], // 50% at each end
  bland: [1, 2, 4, 2, 1], // middling, no side
  blandLeaning: [0, 2, 4, 3, 1], // 40% agree, 20% disagree
  mildAgree: [0, 2, 3, 4, 1], // the others where the HCT stands apart
  hctApart: [4, 5, 1, 0, 0], // the HCT where it stands apart
  warm: [0, 1, 3, 4, 2], // most constituencies where one stands apart
  cold: [3, 4, 2, 1, 0], // the NNGOs where they stand apart
};
type Shape = keyof typeof SHAPES;

const CONSTITUENCIES = [
  { id: "iccg-01", name: "ICCG", isHct: false, m: 2 },
  { id: "ingos-01", name: "INGOs", isHct: false, m: 3 },
  { id: "nngos-01", name: "NNGOs", isHct: false, m: 2 },
  { id: "areas-01", name: "Area teams", isHct: false, m: 1 },
  { id: "hct-0001", name: "HCT", isHct: true, m: 1 },
];

/** Per statement: the shape of every constituency unless overridden. */
const PLAN: Record<string, { kind: string; all: Shape; by?: Record<string, Shape> }> = {
  L1: { kind: "positive", all: "positive" },
  L2: { kind: "hct", all: "mildAgree", by: { "hct-0001": "hctApart" } },
  L3: { kind: "bland", all: "bland" },
  L4: { kind: "polarised", all: "polarised" },
  L5: { kind: "bland", all: "blandLeaning", by: { "hct-0001": "bland" } },
  C1: { kind: "negative", all: "negative" },
  C2: { kind: "split", all: "warm", by: { "nngos-01": "cold" } },
  C3: { kind: "bland", all: "bland", by: { "iccg-01": "blandLeaning" } },
  C4: { kind: "positive", all: "positive" },
  C5: { kind: "hct", all: "mildAgree", by: { "hct-0001": "hctApart" } },
  A1: { kind: "polarised", all: "polarised" },
  A2: { kind: "bland", all: "blandLeaning" },
  A3: { kind: "split", all: "warm", by: { "nngos-01": "cold" } },
  A4: { kind: "negative", all: "negative" },
  A5: { kind: "bland", all: "bland", by: { "areas-01": "blandLeaning" } },
  P1: { kind: "hct", all: "mildAgree", by: { "hct-0001": "hctApart" } },
  P2: { kind: "positive", all: "positive" },
  P3: { kind: "polarised", all: "polarised" },
  P4: { kind: "bland", all: "bland" },
  P5: { kind: "bland", all: "blandLeaning", by: { "ingos-01": "bland" } },
};
const PILLAR_OF: Record<string, string> = { L: "leadership", C: "coordination", A: "accountability", P: "protection" };
const codesOf = (...kinds: string[]) => Object.keys(PLAN).filter((code) => kinds.includes(PLAN[code]!.kind));

function plantedMission(extra: { id: string; name: string; size: number } | null = null): MissionTallies {
  const tallies: Record<string, Record<string, StatementTally>> = {};
  for (const c of CONSTITUENCIES) {
    tallies[c.id] = {};
    for (const [code, plan] of Object.entries(PLAN)) {
      const shape = SHAPES[plan.by?.[c.id] ?? plan.all];
      tallies[c.id]![code] = { counts: shape.map((count) => count * c.m), dontKnow: c.m - 1 };
    }
  }
  const constituencies = CONSTITUENCIES.map(({ id, name, isHct }) => ({ id, name, isHct }));
  if (extra) {
    constituencies.push({ id: extra.id, name: extra.name, isHct: false });
    tallies[extra.id] = Object.fromEntries(
      Object.keys(PLAN).map((code) => [code, { counts: [0, 0, 0, 0, extra.size], dontKnow: 0 }]),
    );
  }
  return {
    points: 5,
    pillars: ["leadership", "coordination", "accountability", "protection"].map((id) => ({ id })),
    statements: Object.keys(PLAN).map((code) => ({ code, pillar: PILLAR_OF[code[0]!]! })),
    constituencies,
    tallies,
  };
}

const sorted = (codes: readonly string[]) => [...codes].sort();

/** The summary of a group that must be shown. */
function shown(figures: GroupFigures | null | undefined): Summary {
  if (!figures || figures.suppressed) throw new Error("expected the group to be shown");
  return figures.summary;
}

describe("analyzeMission on a planted mission", () => {
  const analysis = analyzeMission(plantedMission());
  const codes = (list: readonly { code: string }[]) => sorted(list.map((flag) => flag.code));

  it("lists the consensual positive statements, and no others, as most positive", () => {
    expect(codes(analysis.flags.mostPositive)).toEqual(sorted(codesOf("positive")));
  });

  it("lists the consensual negative statements, and no others, as most negative", () => {
    expect(codes(analysis.flags.mostNegative)).toEqual(sorted(codesOf("negative")));
  });

  it("lists the polarised statements, and no others, as most divided, and nothing as no shared view", () => {
    expect(codes(analysis.flags.mostDivided)).toEqual(sorted(codesOf("polarised")));
    expect(analysis.flags.mostDivided[0]!.reason).toMatch(
      /^divided, two camps: 50% agree, 50% disagree; spread 1\.8 points \(interval 1\.8 to 2\.0\), against 1\.4 for an even spread; agreement A -0\.66; n = 90$/,
    );
    // The bland statements (30% agree, 30% disagree, 40% in the middle) gather in the middle: no list.
    expect(analysis.flags.noSharedView).toEqual([]);
  });

  it("lists the divergent statements, the HCT against the others first, and no others", () => {
    const divergent = analysis.flags.mostDivergent;
    expect(codes(divergent)).toEqual(sorted(codesOf("hct", "split")));
    expect(sorted(divergent.slice(0, 3).map((flag) => flag.code))).toEqual(sorted(codesOf("hct")));
    expect(divergent.slice(0, 3).every((flag) => flag.between === "hct-and-others")).toBe(true);
    expect(divergent.slice(3).every((flag) => flag.between === "constituencies")).toBe(true);
    expect(divergent[0]!.reason).toMatch(
      /^HCT apart: mean 1\.7 points against 3\.4 for the others, a gap of -1\.7 points \(interval -2\.4 to -1\.0, allowing for the mission's 20 statements\); net agreement -90% against \+30%; n = 10 and 80$/,
    );
    // Five statements picked of 20 (three HCT, two split): α = 5 · 9%/20; the constituencies' part, 20% of it, is 0.0045.
    expect(divergent[3]!.reason).toMatch(
      /^constituencies apart: means from 2\.1 points \(NNGOs\) to 3\.7 points \(ICCG\), a range of 1\.6 points across 5 constituencies; p < 0\.0001, at most 0\.0045 allowed for the mission's 20 statements$/,
    );
    expect(divergent.map((flag) => flag.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("finds common ground exactly where every constituency stands on one side", () => {
    expect(codes(analysis.flags.commonGround)).toEqual(sorted(codesOf("positive", "negative")));
    const c1 = analysis.statements.find((s) => s.code === "C1")!;
    // Wilson's interval for 9 of 10 disagreeing (the smallest constituencies) starts at 59.6%.
    expect(c1.commonality).toMatchObject({ side: "disagree", constituencies: 5, shareRange: { low: 0.9, high: 0.9 } });
    expect(c1.commonality.surestLow).toBeCloseTo(0.596, 3);
    expect(analysis.flags.commonGround.find((flag) => flag.code === "C1")!.reason).toBe(
      "common ground: all 5 constituencies mostly disagree, 90% to 90% (each above 50% within its interval)",
    );
  });

  it("reports the HCT against the others on every statement, beyond the noise only where planted", () => {
    for (const s of analysis.statements) {
      expect(s.hctGap).not.toBeNull();
      const apart = s.hctGap!.mean.exceedsNoise && Math.abs(s.hctGap!.mean.gap) >= 0.8;
      expect(apart, s.code).toBe(PLAN[s.code]!.kind === "hct");
    }
    const l2 = analysis.statements.find((s) => s.code === "L2")!;
    expect(shown(l2.hct).n).toBe(10);
    expect(shown(l2.others).n).toBe(80);
    // Don't know: m − 1 per constituency, so 1 + 2 + 1 + 0 + 0.
    expect(l2.everyone.respondents).toBe(90 + 4);
  });

  it("counts don't-know answers apart and uses the documented defaults", () => {
    const l1 = analysis.statements.find((s) => s.code === "L1")!;
    expect(shown(l1.everyone).dontKnow).toBe(4);
    expect(analysis.options).toEqual(DEFAULT_ANALYSIS_OPTIONS);
  });

  it("is JSON-safe: it survives a round trip through JSON and its schema", () => {
    expect(MissionAnalysis.parse(JSON.parse(JSON.stringify(analysis)))).toEqual(analysis);
  });
});

describe("anonymity in the mission analysis", () => {
  // A sixth constituency of three people, all rating "strongly agree".
  const analysis = analyzeMission(plantedMission({ id: "donors-1", name: "Donors", size: 3 }));

  it("never shows a group below the minimum, nor the group that would let it be recovered by subtraction", () => {
    for (const s of analysis.statements) {
      expect(s.constituencies["donors-1"]).toEqual({ suppressed: true, respondents: 3, reason: "below-minimum" });
      // The smallest other constituency (area teams, 10 ratings and 0 don't know) is withheld with it.
      expect(s.constituencies["areas-01"]).toEqual({ suppressed: true, respondents: 10, reason: "complementary" });
      expect(s.constituencies["ingos-01"]?.suppressed).toBe(false);
      expect(JSON.stringify(s.spread)).not.toContain("donors-1");
    }
  });

  it("still counts the small group inside everyone and the others", () => {
    const l1 = analysis.statements.find((s) => s.code === "L1")!;
    expect(shown(l1.everyone).n).toBe(93);
    expect(shown(l1.others).n).toBe(83);
  });

  it("withholds the HCT and the others together when the HCT is too small", () => {
    const input = plantedMission();
    const fewHct = Object.fromEntries(
      Object.keys(PLAN).map((code) => [code, { counts: [0, 0, 1, 2, 0], dontKnow: 1 }]),
    );
    const small = analyzeMission({ ...input, tallies: { ...input.tallies, "hct-0001": fewHct } }).statements[0]!;
    expect(small.hct).toEqual({ suppressed: true, respondents: 4, reason: "below-minimum" });
    expect(small.others).toMatchObject({ suppressed: true, reason: "complementary" });
    expect(small.hctGap).toBeNull();
    expect(small.everyone.suppressed).toBe(false);
  });

  it("follows the mission's own minimum", () => {
    const strict = analyzeMission(plantedMission(), { anonymityMinimum: 12 });
    const l1 = strict.statements.find((s) => s.code === "L1")!;
    // Area teams and the HCT (10 + 0 and 10 + 0 respondents) fall below 12; pooled they are 20.
    expect(l1.constituencies["areas-01"]?.suppressed).toBe(true);
    expect(l1.hct?.suppressed).toBe(true);
    expect(l1.others?.suppressed).toBe(true);
  });

  it("never throws for a mission nobody has rated yet", () => {
    const empty = analyzeMission({ ...plantedMission(), tallies: {} });
    expect(empty.statements.every((s) => s.everyone.suppressed && s.everyone.respondents === 0)).toBe(true);
    expect(Object.values(empty.flags).every((list) => list.length === 0)).toBe(true);
  });
});

describe("buildShortlist", () => {
  const analysis = analyzeMission(plantedMission());
  const shortlist = buildShortlist(analysis);

  it("merges the flagged statements into one list grouped by pillar, in the mission's order", () => {
    expect(shortlist.pillars.map((group) => group.pillar)).toEqual([
      "leadership",
      "coordination",
      "accountability",
      "protection",
    ]);
    const listed = shortlist.pillars.flatMap((group) => group.statements.map((s) => s.code));
    expect(listed).toEqual(Object.keys(PLAN).filter((code) => PLAN[code]!.kind !== "bland"));
    for (const group of shortlist.pillars) {
      for (const item of group.statements) expect(PILLAR_OF[item.code[0]!]).toBe(group.pillar);
    }
  });

  it("carries each statement's flags and its HCT-against-others figures", () => {
    const l1 = shortlist.pillars[0]!.statements.find((s) => s.code === "L1")!;
    expect(l1.flags.map((flag) => flag.kind)).toEqual(["positive", "common-ground"]);
    const l2 = shortlist.pillars[0]!.statements.find((s) => s.code === "L2")!;
    expect(l2.flags.map((flag) => flag.kind)).toEqual(["divergent"]);
    expect(l2.hctGap?.mean.exceedsNoise).toBe(true);
    expect(l2.hct?.suppressed).toBe(false);
    expect(Shortlist.parse(JSON.parse(JSON.stringify(shortlist)))).toEqual(shortlist);
  });

  it("takes only the lists asked for", () => {
    const divided = buildShortlist(analysis, { include: ["divided"] });
    expect(divided.pillars.flatMap((g) => g.statements.map((s) => s.code))).toEqual(["L4", "A1", "P3"]);
  });
});
