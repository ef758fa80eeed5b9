// The calibration's randomness: the same seed gives the same draws, and each table cell its own stream.
import { describe, expect, it } from "vitest";
import { between, drawCounts, seededRandom, seedFor } from "./random.ts";

describe("seededRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const first = seededRandom(7);
    const again = seededRandom(7);
    const other = seededRandom(8);
    const draws = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => again())).toEqual(draws);
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(draws);
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it("is close to even over many draws", () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 20_000 }, () => random());
    const mean = draws.reduce((sum, u) => sum + u, 0) / draws.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(draws.filter((u) => u < 0.1).length / draws.length).toBeCloseTo(0.1, 2);
  });
});

describe("seedFor", () => {
  it("gives each part of a run its own seed, the same every time", () => {
    expect(seedFor(1, "null 12")).toBe(seedFor(1, "null 12"));
    expect(seedFor(1, "null 12")).not.toBe(seedFor(1, "null 15"));
    expect(seedFor(1, "null 12")).not.toBe(seedFor(2, "null 12"));
  });
});

describe("drawCounts", () => {
  it("draws n ratings, on the points the shares allow, in about the shares' proportions", () => {
    const random = seededRandom(3);
    const counts = drawCounts([0.5, 0, 0, 0, 0.5], 10_000, random);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(10_000);
    expect(counts.slice(1, 4)).toEqual([0, 0, 0]);
    expect(counts[0]! / 10_000).toBeCloseTo(0.5, 1);
  });

  it("keeps a rounding remainder on the last point", () => {
    expect(drawCounts([0.3, 0.3, 0.3999999], 50, seededRandom(4)).reduce((sum, count) => sum + count, 0)).toBe(50);
  });
});

describe("between", () => {
  it("draws inside the range", () => {
    const random = seededRandom(5);
    const draws = Array.from({ length: 1000 }, () => between(random, 0.8, 1.6));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...draws)).toBeLessThan(1.6);
  });
});
