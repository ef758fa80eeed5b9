// The distributions and intervals against tabled values, and the gap test on groups that do and do not differ.
import { describe, expect, it } from "vitest";
import { fisherFQuantileAbove, fisherFSurvival, studentTQuantile, studentTTwoSided } from "./distributions.ts";
import { compareGroups } from "./gap.ts";
import { evenSpreadSd, meanInterval, netAgreementInterval, spreadInterval, wilsonInterval } from "./intervals.ts";
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

  it("finds the far quantiles a mission's error control asks for (scipy: t.isf(0.0005, 80), f.isf(0.001, 4, 80))", () => {
    expect(studentTQuantile(1 - 0.0005, 80)).toBeCloseTo(3.4163374585, 7);
    expect(fisherFQuantileAbove(0.001, 4, 80)).toBeCloseTo(5.1231226209, 6);
  });

  it("keeps the digits of a tiny two-sided p-value (scipy: 2·t.sf(4.898979, 6) = 0.0027137; 2·t.sf(12, 80) ≈ 1.1e-19)", () => {
    expect(studentTTwoSided(4.898979485566356, 6)).toBeCloseTo(0.0027136820350937957, 10);
    expect(studentTTwoSided(-4.898979485566356, 6)).toBeCloseTo(0.0027136820350937957, 10);
    expect(studentTTwoSided(12, 80)).toBeGreaterThan(0);
    expect(studentTTwoSided(12, 80)).toBeLessThan(1e-18);
    expect(studentTTwoSided(0, 10)).toBe(1);
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

describe("the interval for the spread (Bonett 2006)", () => {
  it("matches the arithmetic by hand on one rating per point", () => {
    // n = 5, mean 3, Σ(y − ȳ)² = 10, s² = 2.5; trim 0.49 keeps the middle, centre 3; kurtosis
    // 5·(16 + 1 + 0 + 1 + 16)/10² = 1.7; c = 5/(5 − 1.96) = 1.6447; half = 1.96·c·√((1.7 − 0.4)/4) = 1.8378;
    // ln(c·s²) = 1.4139; the interval for the sd: √exp(1.4139 ∓ 1.8378) = 0.809 to 5.08.
    const interval = spreadInterval([1, 1, 1, 1, 1])!;
    expect(interval.low).toBeCloseTo(0.809, 3);
    expect(interval.high).toBeCloseTo(5.08, 2);
  });

  it("holds the even spread of 80 people inside, and lies beyond it for two camps", () => {
    const even = spreadInterval([16, 16, 16, 16, 16])!;
    expect(even.low).toBeLessThan(evenSpreadSd(5));
    expect(even.high).toBeGreaterThan(evenSpreadSd(5));
    expect(spreadInterval([32, 8, 0, 8, 32])!.low).toBeGreaterThan(evenSpreadSd(5));
  });

  it("does not take a unanimous group as certain, and gives nothing below five ratings", () => {
    const unanimous = spreadInterval([0, 0, 0, 0, 12])!;
    expect(unanimous.low).toBeGreaterThanOrEqual(0);
    expect(unanimous.high).toBeGreaterThan(0.2);
    expect(spreadInterval([0, 1, 1, 1, 1])).toBeNull();
  });

  it("measures an even spread as √((k² − 1)/12)", () => {
    expect(evenSpreadSd(5)).toBeCloseTo(Math.SQRT2, 12);
    expect(evenSpreadSd(3)).toBeCloseTo(Math.sqrt(2 / 3), 12);
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
