// The distributions and intervals against tabled values, and the gap test on groups that do and do not differ.
import { describe, expect, it } from "vitest";
import { fisherFSurvival, studentTQuantile } from "./distributions.ts";
import { compareGroups } from "./gap.ts";
import { meanInterval, netAgreementInterval, wilsonInterval } from "./intervals.ts";
import { summarize } from "./summary.ts";

describe("distributions", () => {
  it.each([
    [1, 12.7062047],
    [4, 2.7764451],
    [10, 2.2281389],
    [30, 2.0422725],
    [1e7, 1.959964],
  ])("t(0.975, %d) is %d", (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 5);
  });

  it("gives p = 0.05 at the tabled critical values of F", () => {
    expect(fisherFSurvival(3.4903, 3, 12)).toBeCloseTo(0.05, 4);
    expect(fisherFSurvival(4.9646, 1, 10)).toBeCloseTo(0.05, 4);
    expect(fisherFSurvival(0, 2, 20)).toBe(1);
  });
});

describe("intervals", () => {
  it("gives Wilson's tabled intervals", () => {
    // Wilson 95%: 0 of 10 → 0 to 0.2775; 5 of 10 → 0.2366 to 0.7634.
    const none = wilsonInterval(0, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const half = wilsonInterval(0.5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
  });

  it("gives the t interval for a mean", () => {
    // 24 ratings, mean 3.5417, sd (÷n) 1.22404 → s = 1.22404·√(24/23) = 1.25036; half = 2.0687·1.25036/√24 = 0.52800.
    const interval = meanInterval(85 / 24, 1.224039, 24, 5)!;
    expect(interval.low).toBeCloseTo(85 / 24 - 0.528, 3);
    expect(interval.high).toBeCloseTo(85 / 24 + 0.528, 3);
  });

  it("does not take a small unanimous group as certain", () => {
    // Five people all on "agree": the floor s² = 1/5 gives half = 2.7764·√(0.2/5) = 0.5553.
    const interval = meanInterval(4, 0, 5, 5)!;
    expect(interval.low).toBeCloseTo(4 - 0.5553, 4);
    expect(interval.high).toBeCloseTo(4.5553, 4);
    const net = netAgreementInterval(1, 0, 5)!;
    expect(net.low).toBeLessThan(0.5);
    expect(net.high).toBe(1);
  });

  it("gives no interval below two ratings, and none at all for nobody", () => {
    expect(meanInterval(3, 0, 1, 5)).toBeNull();
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(netAgreementInterval(0, 0, 0)).toBeNull();
  });
});

describe("the gap between two groups", () => {
  it("tells a real difference from noise", () => {
    const hct = summarize([4, 4, 1, 1, 0]);
    const others = summarize([2, 6, 12, 30, 30]);
    const gap = compareGroups(hct, others)!;
    expect(gap.mean.gap).toBeCloseTo(hct.mean! - others.mean!, 12);
    expect(gap.mean.exceedsNoise).toBe(true);
    expect(gap.netAgreement.exceedsNoise).toBe(true);
  });

  it("does not call a small group's wobble a difference", () => {
    const hct = summarize([0, 1, 2, 3, 2]);
    const others = summarize([2, 6, 12, 30, 30]);
    const gap = compareGroups(hct, others)!;
    expect(gap.mean.exceedsNoise).toBe(false);
    expect(gap.netAgreement.exceedsNoise).toBe(false);
  });

  it("is null when a group has fewer than two ratings", () => {
    expect(compareGroups(summarize([0, 0, 1]), summarize([3, 3, 3]))).toBeNull();
    expect(compareGroups(summarize([0, 0, 0]), summarize([3, 3, 3]))).toBeNull();
  });
});
