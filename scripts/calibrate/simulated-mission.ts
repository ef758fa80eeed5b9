// Simulated missions: constituencies of given sizes rating statements drawn from a model of typical answers.
import type { MissionTallies, StatementTally } from "@peerpulse/shared";
import { between, drawCounts, type Random } from "./random.ts";
import { latentMeanFor, meanOfShares, mixShares, pointShares } from "./rating-model.ts";

/** One constituency of a simulated mission. */
export interface SimulatedConstituency {
  id: string;
  name: string;
  /** People who rate every statement. */
  size: number;
  isHct: boolean;
}

/** How the statements of a simulated mission are drawn (all figures on the mission's own scale). */
export interface StatementModel {
  points: number;
  /** Hidden mean of a one-view statement, drawn evenly from this range of scale points. */
  latentMean: readonly [number, number];
  /** Hidden spread (standard deviation, in points) of a one-view statement, drawn evenly from this range. */
  latentSd: readonly [number, number];
  /** Share of statements drawn as two camps (a mix of leanings near each end) instead of one view. */
  campsShare: number;
}

/** The model the tables use on five points: means 1.8 to 4.2, spreads 0.8 to 1.6, one statement in five two camps. */
export const TYPICAL_STATEMENTS: StatementModel = {
  points: 5,
  latentMean: [1.8, 4.2],
  latentSd: [0.8, 1.6],
  campsShare: 0.2,
};

/** A statement's answers in the model: the shares of each point, and for a one-view statement its hidden figures. */
export interface DrawnStatement {
  shares: number[];
  /** Null for a two-camps statement. */
  latent: { mean: number; sd: number } | null;
}

/** Draws one statement; `oneView` forces a one-view statement (those whose shares can be shifted). */
export function drawStatement(model: StatementModel, random: Random, oneView = false): DrawnStatement {
  const { points } = model;
  if (!oneView && random() < model.campsShare) {
    const low = pointShares(1.3, 0.8, points);
    const high = pointShares(points - 0.3, 0.8, points);
    return { shares: mixShares(low, high, between(random, 0.3, 0.7)), latent: null };
  }
  const mean = between(random, ...model.latentMean);
  const sd = between(random, ...model.latentSd);
  return { shares: pointShares(mean, sd, points), latent: { mean, sd } };
}

/**
 * The shares of a group that rates a one-view statement `gap` points apart from it on average (same hidden
 * spread), up or down at random; down instead of up (or the reverse) when the other way would leave less
 * than a sixteenth of the scale's width at the end.
 */
export function shiftedShares(statement: DrawnStatement, gap: number, points: number, random: Random): number[] {
  if (!statement.latent) throw new RangeError("only a one-view statement can be shifted");
  const base = meanOfShares(statement.shares);
  const margin = (points - 1) / 16;
  let direction = random() < 0.5 ? -1 : 1;
  const target = base + direction * gap;
  if (target < 1 + margin || target > points - margin) direction = -direction;
  const mean = latentMeanFor(base + direction * gap, statement.latent.sd, points);
  return pointShares(mean, statement.latent.sd, points);
}

/** Shares of a group that rates like the statement on average but spreads `factor` times as wide (hidden spread). */
export function widenedShares(statement: DrawnStatement, factor: number, points: number): number[] {
  if (!statement.latent) throw new RangeError("only a one-view statement can be widened");
  const sd = statement.latent.sd * factor;
  return pointShares(latentMeanFor(meanOfShares(statement.shares), sd, points), sd, points);
}

/**
 * A simulated mission's tallies: every constituency rates every statement, each with the shares
 * `sharesOf(statement index, constituency)` gives. Statement codes are S1, S2, …, all in one pillar.
 */
export function simulateTallies(
  constituencies: readonly SimulatedConstituency[],
  statements: number,
  points: number,
  sharesOf: (statement: number, constituency: SimulatedConstituency) => readonly number[],
  random: Random,
): MissionTallies {
  const codes = Array.from({ length: statements }, (_, index) => `S${index + 1}`);
  const tallies: Record<string, Record<string, StatementTally>> = {};
  for (const constituency of constituencies) {
    const own: Record<string, StatementTally> = {};
    codes.forEach((code, index) => {
      own[code] = { counts: drawCounts(sharesOf(index, constituency), constituency.size, random), dontKnow: 0 };
    });
    tallies[constituency.id] = own;
  }
  return {
    points,
    pillars: [{ id: "simulated" }],
    statements: codes.map((code) => ({ code, pillar: "simulated" })),
    constituencies: constituencies.map(({ id, name, isHct }) => ({ id, name, isHct })),
    tallies,
  };
}
