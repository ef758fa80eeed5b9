// Two rounds of simulated missions: some statements planted to improve or worsen, the rest unmoved.
import {
  analyzeMission,
  compareRounds,
  DEFAULT_ANALYSIS_OPTIONS,
  type MissionTallies,
  type RoundComparison,
} from "@peerpulse/shared";
import type { OtherConstituencies } from "./experiments.ts";
import { seededRandom, seedFor, type Random } from "./random.ts";
import { latentMeanFor, meanOfShares, pointShares } from "./rating-model.ts";
import {
  drawStatement,
  simulateTallies,
  type SimulatedConstituency,
  type StatementModel,
} from "./simulated-mission.ts";

/** One shape of a mission: the HCT and the other constituencies, the same in both rounds. */
export interface RoundsShape {
  hct: number;
  others: OtherConstituencies;
}

/** A simulated pair of rounds and which statements were planted to move, and which way. */
export interface SimulatedRounds {
  earlier: MissionTallies;
  later: MissionTallies;
  planted: Map<string, "improved" | "worsened">;
}

function constituenciesOf(shape: RoundsShape): SimulatedConstituency[] {
  return [
    { id: "hct", name: "HCT", size: shape.hct, isHct: true },
    ...shape.others.map((other, index) => ({ id: `c${index + 1}`, name: other.name, size: other.size, isHct: false })),
  ];
}

/**
 * Draws a mission's two rounds. Every constituency rates a statement alike within a round; on `planted`
 * statements (one-view ones) everybody's mean moves `change` points between the rounds, the first half up and the
 * rest down (the other way when the scale's end leaves no room). Each round draws its own people.
 */
export function simulateRounds(
  shape: RoundsShape,
  statements: number,
  planted: number,
  change: number,
  model: StatementModel,
  random: Random,
): SimulatedRounds {
  const { points } = model;
  const margin = (points - 1) / 16;
  const plantedWays = new Map<string, "improved" | "worsened">();
  const before: number[][] = [];
  const after: number[][] = [];
  for (let index = 0; index < statements; index++) {
    const isPlanted = index < planted && change > 0;
    const drawn = drawStatement(model, random, isPlanted);
    before.push(drawn.shares);
    if (!isPlanted || !drawn.latent) {
      after.push(drawn.shares);
      continue;
    }
    const base = meanOfShares(drawn.shares);
    let direction = index < planted / 2 ? 1 : -1;
    const target = base + direction * change;
    if (target < 1 + margin || target > points - margin) direction = -direction;
    after.push(pointShares(latentMeanFor(base + direction * change, drawn.latent.sd, points), drawn.latent.sd, points));
    plantedWays.set(`S${index + 1}`, direction > 0 ? "improved" : "worsened");
  }
  const constituencies = constituenciesOf(shape);
  return {
    earlier: simulateTallies(constituencies, statements, points, (s) => before[s]!, random),
    later: simulateTallies(constituencies, statements, points, (s) => after[s]!, random),
    planted: plantedWays,
  };
}

/** Compares the two simulated rounds as the server does: each round analysed on its own, then `compareRounds`. */
export function compareSimulated(rounds: SimulatedRounds): RoundComparison {
  const analyse = (tallies: MissionTallies) => analyzeMission(tallies, DEFAULT_ANALYSIS_OPTIONS);
  return compareRounds({ ...analyse(rounds.earlier), round: 1 }, { ...analyse(rounds.later), round: 2 });
}

/** Codes with any reported move (everyone or a constituency), and everyone's reported moves by code. */
export function reportedMoves(comparison: RoundComparison): { any: Set<string>; everyone: Map<string, string> } {
  const any = new Set<string>();
  const everyone = new Map<string, string>();
  for (const statement of comparison.statements) {
    if (statement.everyone?.moved) everyone.set(statement.code, statement.everyone.moved);
    const constituencyMoved = Object.values(statement.constituencies).some((change) => change?.moved);
    if (statement.everyone?.moved || constituencyMoved) any.add(statement.code);
  }
  return { any, everyone };
}

/** What one cell of the rounds table found over its missions. */
export interface RoundsResult {
  missions: number;
  /** Missions with at least one unmoved statement reported (by everyone or any constituency). */
  anyFalse: number;
  /** Sum over missions of the share of reported statements that did not move (0 when none is reported). */
  falseShare: number;
  planted: number;
  /** Planted statements reported for everyone, the planted way. */
  found: number;
  /** Missions whose improved and worsened lists (everyone's changes) are exactly the planted statements, each the planted way. */
  exact: number;
}

/** Runs `missions` simulated missions of one shape with `planted` statements moving `change` points. */
export function runRounds(
  seed: number,
  missions: number,
  shape: RoundsShape,
  statements: number,
  planted: number,
  change: number,
  model: StatementModel,
): RoundsResult {
  const random = seededRandom(
    seedFor(seed, `rounds ${shape.hct} ${shape.others.map((o) => o.size).join(",")} ${change}`),
  );
  const result: RoundsResult = { missions, anyFalse: 0, falseShare: 0, planted: 0, found: 0, exact: 0 };
  for (let m = 0; m < missions; m++) {
    const rounds = simulateRounds(shape, statements, planted, change, model, random);
    const { any, everyone } = reportedMoves(compareSimulated(rounds));
    const falseOnes = [...any].filter((code) => !rounds.planted.has(code)).length;
    result.anyFalse += falseOnes > 0 ? 1 : 0;
    result.falseShare += any.size === 0 ? 0 : falseOnes / any.size;
    result.planted += rounds.planted.size;
    result.found += [...rounds.planted].filter(([code, way]) => everyone.get(code) === way).length;
    const exact = everyone.size === rounds.planted.size && [...rounds.planted].every(([c, w]) => everyone.get(c) === w);
    result.exact += exact ? 1 : 0;
  }
  return result;
}
