// The simulations behind the calibration tables: missions with no real difference, and missions with planted ones.
import {
  addTallies,
  analyzeMission,
  DEFAULT_ANALYSIS_OPTIONS,
  judgeComparisons,
  type MissionAnalysis,
  type MissionTallies,
} from "@peerpulse/shared";
import { seededRandom, seedFor, type Random } from "./random.ts";
import {
  drawStatement,
  shiftedShares,
  simulateTallies,
  widenedShares,
  type SimulatedConstituency,
  type StatementModel,
} from "./simulated-mission.ts";
import { brunnerMunzelPValue, oraclePValue, sharedSpreadOraclePValue, welchPValue } from "./two-group-tests.ts";

/** The constituencies other than the HCT, by name and size. */
export type OtherConstituencies = readonly { name: string; size: number }[];

/** The issue's mission: ICCG 15, INGOs 25, NNGOs 20 and an area team of 9, 69 people besides the HCT. */
export const ISSUE_CONSTITUENCIES: OtherConstituencies = [
  { name: "ICCG", size: 15 },
  { name: "INGOs", size: 25 },
  { name: "NNGOs", size: 20 },
  { name: "Area team", size: 9 },
];

/** What every experiment shares: the statements' model, their number, and how many missions to draw. */
export interface ExperimentSetup {
  model: StatementModel;
  statements: number;
  missions: number;
  seed: number;
}

/** The documented defaults, with every flag counted (the screens show the top five of each list). */
const OPTIONS = { ...DEFAULT_ANALYSIS_OPTIONS, listLength: 1_000_000 };

function constituencies(hctSize: number, others: OtherConstituencies): SimulatedConstituency[] {
  return [
    { id: "hct", name: "HCT", size: hctSize, isHct: true },
    ...others.map((other, index) => ({ id: `c${index + 1}`, name: other.name, size: other.size, isHct: false })),
  ];
}

/** A random mission of the issue's range: an HCT of 6 to 15 and 3 to 6 other constituencies of 9 to 30. */
function randomShape(random: Random): SimulatedConstituency[] {
  const others = Array.from({ length: 3 + Math.floor(random() * 4) }, (_, index) => ({
    name: `C${index + 1}`,
    size: 9 + Math.floor(random() * 22),
  }));
  return constituencies(6 + Math.floor(random() * 10), others);
}

/** Codes listed as divergent, by who differs. */
function divergent(analysis: MissionAnalysis, who: "hct-and-others" | "constituencies"): Set<string> {
  return new Set(analysis.flags.mostDivergent.filter((flag) => flag.between === who).map((flag) => flag.code));
}

/** The HCT's and the others' counts on every statement. */
function hctAndOthers(tallies: MissionTallies, mission: readonly SimulatedConstituency[]) {
  return tallies.statements.map(({ code }) => {
    const pool = (isHct: boolean) =>
      addTallies(
        tallies.points,
        mission.filter((c) => c.isHct === isHct).map((c) => tallies.tallies[c.id]![code]!),
      ).counts;
    return { hct: pool(true), others: pool(false) };
  });
}

/** Which statements another test's HCT p-values, judged with the mission's spread p-values, would list as HCT apart. */
function hctApartBy(hctPValues: readonly number[], analysis: MissionAnalysis): boolean[] {
  const statements = analysis.statements.map((s, index) => ({
    hct: hctPValues[index]!,
    spread: s.spread?.pValue ?? null,
  }));
  return judgeComparisons(statements, OPTIONS).map((judgement) => judgement.hctApart);
}

/** Missions with at least one false entry, out of `missions`, with no real difference anywhere. */
export interface NullResult {
  missions: number;
  hct: number;
  constituencies: number;
  any: number;
  /** The same missions with the HCT compared by Welch's t, or by the Brunner–Munzel test, instead. */
  welch: number;
  brunnerMunzel: number;
}

/** Missions in which everybody rates each statement alike: every divergent entry is false. */
export function runNull(setup: ExperimentSetup, hctSize: number | "random", others: OtherConstituencies): NullResult {
  const random = seededRandom(seedFor(setup.seed, `null ${hctSize} ${others.map((o) => o.size).join(",")}`));
  const result: NullResult = {
    missions: setup.missions,
    hct: 0,
    constituencies: 0,
    any: 0,
    welch: 0,
    brunnerMunzel: 0,
  };
  for (let m = 0; m < setup.missions; m++) {
    const mission = hctSize === "random" ? randomShape(random) : constituencies(hctSize, others);
    const shares = Array.from({ length: setup.statements }, () => drawStatement(setup.model, random).shares);
    const tallies = simulateTallies(mission, setup.statements, setup.model.points, (s) => shares[s]!, random);
    const analysis = analyzeMission(tallies, OPTIONS);
    const [hct, apart] = [divergent(analysis, "hct-and-others").size, divergent(analysis, "constituencies").size];
    result.hct += hct > 0 ? 1 : 0;
    result.constituencies += apart > 0 ? 1 : 0;
    result.any += hct + apart > 0 ? 1 : 0;
    const pairs = hctAndOthers(tallies, mission);
    result.welch += hctApartBy(
      pairs.map((p) => welchPValue(p.hct, p.others)),
      analysis,
    ).some(Boolean)
      ? 1
      : 0;
    const brunnerMunzel = pairs.map((p) => brunnerMunzelPValue(p.hct, p.others));
    result.brunnerMunzel += hctApartBy(brunnerMunzel, analysis).some(Boolean) ? 1 : 0;
  }
  return result;
}

/** Planted statements found, by the flags and by the ideal tests; and the false share of what was listed. */
export interface PowerResult {
  missions: number;
  planted: number;
  found: number;
  /** Found by the ideal test, which knows each group's true variance. */
  foundByIdeal: number;
  /** Found by a test that knows only the true variance of everyone pooled, the same for both groups. */
  foundBySharedIdeal: number;
  /** Sum over missions of the share of divergent entries that are false (0 when none is listed): the FDR's numerator. */
  falseShare: number;
}

function emptyPower(missions: number): PowerResult {
  return { missions, planted: 0, found: 0, foundByIdeal: 0, foundBySharedIdeal: 0, falseShare: 0 };
}

/** The share of listed codes that are not planted; 0 when nothing is listed. */
function falseShare(codes: readonly string[], isPlanted: (code: string) => boolean): number {
  return codes.length === 0 ? 0 : codes.filter((code) => !isPlanted(code)).length / codes.length;
}

/**
 * Missions in which the HCT rates `planted` of the statements `gap` points apart from everybody else (on
 * average, up or down); the rest alike. Counts the planted statements listed as "HCT apart", and those the
 * ideal test (`oraclePValue`, judged with the same error control) would report.
 */
export function runHctPower(
  setup: ExperimentSetup,
  hctSize: number,
  gap: number,
  planted: number,
  others: OtherConstituencies,
): PowerResult {
  const random = seededRandom(seedFor(setup.seed, `hct power ${hctSize} ${gap} ${planted}`));
  const mission = constituencies(hctSize, others);
  const result = emptyPower(setup.missions);
  for (let m = 0; m < setup.missions; m++) {
    const drawn = Array.from({ length: setup.statements }, (_, s) => drawStatement(setup.model, random, s < planted));
    const hctShares = drawn.map((statement, s) =>
      s < planted ? shiftedShares(statement, gap, setup.model.points, random) : statement.shares,
    );
    const sharesOf = (s: number, c: SimulatedConstituency) => (c.isHct ? hctShares[s]! : drawn[s]!.shares);
    const tallies = simulateTallies(mission, setup.statements, setup.model.points, sharesOf, random);
    const analysis = analyzeMission(tallies, OPTIONS);
    const listed = divergent(analysis, "hct-and-others");
    const isPlanted = (code: string) => Number(code.slice(1)) <= planted;
    result.planted += planted;
    result.found += [...listed].filter(isPlanted).length;
    result.falseShare += falseShare([...listed, ...divergent(analysis, "constituencies")], isPlanted);
    const pairs = hctAndOthers(tallies, mission);
    const ideal = pairs.map((p, s) => oraclePValue(p.hct, p.others, hctShares[s]!, drawn[s]!.shares));
    result.foundByIdeal += hctApartBy(ideal, analysis).filter((apart, s) => apart && s < planted).length;
    const shared = pairs.map((p, s) => sharedSpreadOraclePValue(p.hct, p.others, hctShares[s]!, drawn[s]!.shares));
    result.foundBySharedIdeal += hctApartBy(shared, analysis).filter((apart, s) => apart && s < planted).length;
  }
  return result;
}

/** Missions in which one constituency (the first other one) rates `planted` statements `gap` points apart. */
export function runConstituencyPower(
  setup: ExperimentSetup,
  hctSize: number,
  gap: number,
  planted: number,
  others: OtherConstituencies,
): PowerResult {
  const random = seededRandom(seedFor(setup.seed, `constituency power ${hctSize} ${gap} ${planted}`));
  const mission = constituencies(hctSize, others);
  const apartId = mission.find((c) => !c.isHct)!.id;
  const result = emptyPower(setup.missions);
  for (let m = 0; m < setup.missions; m++) {
    const drawn = Array.from({ length: setup.statements }, (_, s) => drawStatement(setup.model, random, s < planted));
    const apart = drawn.map((statement, s) =>
      s < planted ? shiftedShares(statement, gap, setup.model.points, random) : statement.shares,
    );
    const sharesOf = (s: number, c: SimulatedConstituency) => (c.id === apartId ? apart[s]! : drawn[s]!.shares);
    const analysis = analyzeMission(
      simulateTallies(mission, setup.statements, setup.model.points, sharesOf, random),
      OPTIONS,
    );
    const listed = divergent(analysis, "constituencies");
    const isPlanted = (code: string) => Number(code.slice(1)) <= planted;
    result.planted += planted;
    result.found += [...listed].filter(isPlanted).length;
    result.falseShare += falseShare([...listed, ...divergent(analysis, "hct-and-others")], isPlanted);
  }
  return result;
}

/**
 * Missions in which the HCT rates every statement like the others on average but `factor` times as spread
 * (on the hidden scale): there is no gap in mean, yet the test assumes a shared spread. Counts missions with
 * an "HCT apart" entry.
 */
export function runWiderHct(setup: ExperimentSetup, hctSize: number, factor: number, others: OtherConstituencies) {
  const random = seededRandom(seedFor(setup.seed, `wider hct ${hctSize} ${factor}`));
  const mission = constituencies(hctSize, others);
  let flagged = 0;
  for (let m = 0; m < setup.missions; m++) {
    const drawn = Array.from({ length: setup.statements }, () => drawStatement(setup.model, random, true));
    const hctShares = drawn.map((statement) => widenedShares(statement, factor, setup.model.points));
    const sharesOf = (s: number, c: SimulatedConstituency) => (c.isHct ? hctShares[s]! : drawn[s]!.shares);
    const analysis = analyzeMission(
      simulateTallies(mission, setup.statements, setup.model.points, sharesOf, random),
      OPTIONS,
    );
    flagged += divergent(analysis, "hct-and-others").size > 0 ? 1 : 0;
  }
  return { missions: setup.missions, flagged };
}
