// The tests the calibration compares the flags with, against scipy's values.
import { describe, expect, it } from "vitest";
import { brunnerMunzelPValue, oraclePValue, sharedSpreadOraclePValue, welchPValue } from "./two-group-tests.ts";

describe("the comparison tests of the calibration", () => {
  it("gives scipy's Brunner–Munzel p-value on 3, 4, 4, 5, 5 against 1, 2, 2, 3, 3, 4 (0.0014211)", () => {
    expect(brunnerMunzelPValue([0, 0, 1, 2, 2], [1, 2, 2, 1, 0])).toBeCloseTo(0.0014211216418561305, 9);
  });

  it("gives scipy's Welch p-value for an HCT of 12 against 70 (0.00025838)", () => {
    expect(welchPValue([0, 0, 3, 4, 5], [5, 20, 25, 15, 5])).toBeCloseTo(0.0002583841062806726, 10);
  });

  it("judges the ideal test by the true variances, not the observed ones (z = 1.414, p = 0.1573)", () => {
    // HCT all on 4 (n 4), others all on 3 (n 4): observed variances 0, true ones 1 each (half on 2, half on 4):
    // se = √(1/4 + 1/4) = 0.7071, z = 1/0.7071.
    const p = oraclePValue([0, 0, 0, 4, 0], [0, 0, 4, 0, 0], [0, 0.5, 0, 0.5, 0], [0, 0.5, 0, 0.5, 0]);
    expect(p).toBeCloseTo(0.157299, 5);
  });

  it("gives the shared-spread ideal the pooled true variance for both groups", () => {
    // True variances 0 (all on 4) and 1, four each: pooled σ² = 0.5, se = √(0.5 · (1/4 + 1/4)) = 0.5, z = 2.
    const p = sharedSpreadOraclePValue([0, 0, 0, 4, 0], [0, 0, 4, 0, 0], [0, 0, 0, 1, 0], [0, 0.5, 0, 0.5, 0]);
    expect(p).toBeCloseTo(0.0455003, 6);
  });
});
