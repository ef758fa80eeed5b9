// The simulated raters: the normal distribution, the ordered-probit shares, and planted shifts of a known size.
import { describe, expect, it } from "vitest";
import { seededRandom } from "./random.ts";
import { latentMeanFor, meanOfShares, mixShares, normalCdf, pointShares, varianceOfShares } from "./rating-model.ts";
import { drawStatement, shiftedShares, TYPICAL_STATEMENTS, widenedShares } from "./simulated-mission.ts";

describe("normalCdf", () => {
  it("matches the normal table, far tails included", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 7);
    // scipy.stats.norm.sf(3.5) = 2.3262907903552504e-04, to the fit's relative error of 1.2e-7.
    expect(normalCdf(-3.5) / 2.3262907903552504e-4).toBeCloseTo(1, 6);
  });
});

describe("pointShares", () => {
  it("sums to one and mirrors around the middle of the scale", () => {
    const shares = pointShares(3, 1, 5);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    expect(shares[0]).toBeCloseTo(shares[4]!, 12);
    expect(shares[1]).toBeCloseTo(shares[3]!, 12);
    // Point 3 covers 2.5 to 3.5: 2·Φ(0.5) − 1 = 0.3829.
    expect(shares[2]).toBeCloseTo(0.3829249, 6);
  });

  it("finds the hidden mean for a target mean point", () => {
    const hidden = latentMeanFor(4.2, 1.2, 5);
    expect(meanOfShares(pointShares(hidden, 1.2, 5))).toBeCloseTo(4.2, 9);
  });

  it("mixes two distributions by weight, and measures variance in squared points", () => {
    expect(mixShares([1, 0, 0], [0, 0, 1], 0.25)).toEqual([0.25, 0, 0.75]);
    expect(varianceOfShares([0.5, 0, 0, 0, 0.5])).toBeCloseTo(4, 12);
  });
});

describe("planted differences", () => {
  const random = seededRandom(9);
  const statement = drawStatement(TYPICAL_STATEMENTS, random, true);

  it("shifts a one-view statement's mean by exactly the gap, one way or the other", () => {
    const shifted = shiftedShares(statement, 1, 5, random);
    expect(Math.abs(meanOfShares(shifted) - meanOfShares(statement.shares))).toBeCloseTo(1, 6);
  });

  it("widens a statement's spread without moving its mean", () => {
    const wider = widenedShares(statement, 1.3, 5);
    expect(meanOfShares(wider)).toBeCloseTo(meanOfShares(statement.shares), 6);
    expect(varianceOfShares(wider)).toBeGreaterThan(varianceOfShares(statement.shares));
  });

  it("refuses to shift a two-camps statement, which has no single hidden mean", () => {
    const camps = drawStatement({ ...TYPICAL_STATEMENTS, campsShare: 1 }, random);
    expect(camps.latent).toBeNull();
    expect(() => shiftedShares(camps, 1, 5, random)).toThrow(RangeError);
  });
});
