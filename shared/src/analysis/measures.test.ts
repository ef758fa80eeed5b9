// Each measure against published reference values and the ideal cases, with the arithmetic done by hand.
import { describe, expect, it } from "vitest";
import { agreementA, layerAgreement } from "./agreement-a.ts";
import { consensus, dissent } from "./consensus.ts";
import { interpolatedMedianOf, meanOf, sharesOf, standardDeviationOf } from "./descriptives.ts";
import { leikDispersion } from "./leik.ts";

// Van der Eijk (2001), p. 331: his worked seven-point example, reproduced as the example of R's agrmt.
const VAN_DER_EIJK = [30, 40, 210, 130, 530, 50, 10];
const scales = [3, 4, 5, 6, 7, 8, 9, 10, 11];
const oneCategory = (k: number, at: number) => Array.from({ length: k }, (_, i) => (i === at ? 12 : 0));
const uniform = (k: number) => new Array<number>(k).fill(7);
const halfAtEachEnd = (k: number) => Array.from({ length: k }, (_, i) => (i === 0 || i === k - 1 ? 9 : 0));

describe("van der Eijk's agreement A", () => {
  it("gives 0.6113 on van der Eijk's seven-point example", () => {
    // Layers, bottom up (pattern, weight = level height × points covered / 1000, layer A = U·(1 − (S−1)/6)):
    //   1111111  10·7/1000 = 0.07  A = 0 (S = 7)
    //   1111110  20·6/1000 = 0.12  U = 1, A = 1 − 5/6 = 1/6
    //   0111110  10·5/1000 = 0.05  U = 1, A = 1 − 4/6 = 1/3
    //   0011110  10·4/1000 = 0.04  U = 1, A = 1 − 3/6 = 1/2
    //   0011100  80·3/1000 = 0.24  U = 1, A = 1 − 2/6 = 2/3
    //   0010100  80·2/1000 = 0.16  TU = 4 (110: 3-5-6, 3-5-7; 011: 1-3-5, 2-3-5), TDU = 1 (3-4-5),
    //                              U = (5·4 − 6·1)/(5·5) = 0.56, A = 0.56 · (1 − 1/6) = 0.4667
    //   0000100  320·1/1000 = 0.32 A = 1
    // A = 0.12/6 + 0.05/3 + 0.04/2 + 0.24·2/3 + 0.16·0.4667 + 0.32 = 0.611333 (agrmt: 0.6113333).
    expect(agreementA(VAN_DER_EIJK)).toBeCloseTo(0.6113333, 6);
  });

  it("gives 2/3, not 0.6, on 30, 40, 20, 10, 0, 0, 0", () => {
    // Layers: 1111000 w 0.4 A = 1 − 3/6; 1110000 w 0.3 A = 1 − 2/6; 1100000 w 0.2 A = 1 − 1/6; 0100000 w 0.1 A = 1.
    // A = 0.2 + 0.2 + 0.1667 + 0.1 = 0.6667. (The figure 0.6 sometimes quoted for this vector does not survive the arithmetic.)
    expect(agreementA([30, 40, 20, 10, 0, 0, 0])).toBeCloseTo(2 / 3, 10);
  });

  it("scores the layer 1-0-1 of three points at −1 and a single point at 1", () => {
    // 101: TDU = 1, TU = 0 → U = (0 − 2·1)/(1·1) = −2; A = −2 · (1 − 1/2) = −1.
    expect(layerAgreement([true, false, true])).toBe(-1);
    expect(layerAgreement([false, true, false])).toBe(1);
  });

  it.each(scales)("is 1 for one category, 0 for uniform, −1 for half at each end (%i points)", (k) => {
    for (let at = 0; at < k; at++) expect(agreementA(oneCategory(k, at))).toBe(1);
    expect(agreementA(uniform(k))).toBeCloseTo(0, 12);
    expect(agreementA(halfAtEachEnd(k))).toBeCloseTo(-1, 12);
  });

  it("is null when nobody rated", () => {
    expect(agreementA([0, 0, 0, 0, 0])).toBeNull();
  });
});

describe("Tastle and Wierman's consensus", () => {
  it("gives 0.7257 on van der Eijk's example (agrmt: 0.7256876)", () => {
    // μ = (30 + 80 + 630 + 520 + 2650 + 300 + 70)/1000 = 4.28; d = 6;
    // Σ pᵢ log₂(1 − |i − 4.28|/6) = −0.27431…, so Cns = 0.72569.
    expect(consensus(VAN_DER_EIJK)).toBeCloseTo(0.7256876, 6);
  });

  it("gives the five-point values of Tastle and Wierman's examples", () => {
    // Uniform: μ = 3, terms log₂(1 − 2/4) = −1 (twice), log₂(1 − 1/4) = −0.41504 (twice), 0;
    // Cns = 1 + 0.2 · (−2 − 0.830075) = 0.433985.
    expect(consensus([1, 1, 1, 1, 1])).toBeCloseTo(0.433985, 6);
    // Half on "disagree", half on "agree": Cns = 1 + log₂(0.75) = 0.58496.
    expect(consensus([0, 1, 0, 1, 0])).toBeCloseTo(0.58496, 5);
    // Everybody on "agree" but one on "strongly agree" of 4: μ = 4.25; terms 0.75·log₂(1 − 0.0625) + 0.25·log₂(1 − 0.1875)
    // = 0.75·(−0.093109) + 0.25·(−0.299560) = −0.14472; Cns = 0.85528.
    expect(consensus([0, 0, 0, 3, 1])).toBeCloseTo(0.85528, 5);
  });

  it.each(scales)("is 1 for one category and 0 for half at each end (%i points)", (k) => {
    for (let at = 0; at < k; at++) expect(consensus(oneCategory(k, at))).toBe(1);
    expect(consensus(halfAtEachEnd(k))).toBeCloseTo(0, 12);
    expect(dissent(halfAtEachEnd(k))).toBeCloseTo(1, 12);
  });

  it("is null when nobody rated", () => {
    expect(consensus([0, 0, 0])).toBeNull();
    expect(dissent([0, 0, 0])).toBeNull();
  });
});

describe("Leik's ordinal dispersion", () => {
  it("gives 0.287 on van der Eijk's example (agrmt: 0.287)", () => {
    // F = .03 .07 .28 .41 .94 .99 → d = .03 .07 .28 .41 .06 .01, Σ = 0.86; D = 2 · 0.86 / 6 = 0.28667.
    expect(leikDispersion(VAN_DER_EIJK)).toBeCloseTo(0.28667, 5);
  });

  it("gives 0.6 for a uniform five-point vector", () => {
    // F = .2 .4 .6 .8 → d = .2 .4 .4 .2, Σ = 1.2; D = 2 · 1.2 / 4 = 0.6.
    expect(leikDispersion([2, 2, 2, 2, 2])).toBeCloseTo(0.6, 12);
  });

  it.each(scales)("is 0 for one category and 1 for half at each end (%i points)", (k) => {
    for (let at = 0; at < k; at++) expect(leikDispersion(oneCategory(k, at))).toBe(0);
    expect(leikDispersion(halfAtEachEnd(k))).toBeCloseTo(1, 12);
  });
});

describe("location, spread and sides", () => {
  // 24 ratings on five points: 2, 3, 5, 8, 6.
  const counts = [2, 3, 5, 8, 6];

  it("gives mean, interpolated median and standard deviation", () => {
    // Mean = (2 + 6 + 15 + 32 + 30)/24 = 85/24 = 3.5417.
    expect(meanOf(counts)).toBeCloseTo(85 / 24, 12);
    // Half = 12; 10 ratings lie below point 4, which spans 3.5–4.5 with 8 ratings: 3.5 + (12 − 10)/8 = 3.75.
    expect(interpolatedMedianOf(counts)).toBeCloseTo(3.75, 12);
    // E[x²] = 337/24; variance = 337/24 − (85/24)² = 1.49826; sd = 1.22404.
    expect(standardDeviationOf(counts)).toBeCloseTo(1.22404, 5);
  });

  it("takes the middle of an empty stretch as the median when exactly half lie on each side", () => {
    expect(interpolatedMedianOf([1, 0, 1])).toBe(2);
    expect(interpolatedMedianOf([3, 0, 0, 0, 3])).toBe(3);
    expect(interpolatedMedianOf([0, 2, 0, 0, 2, 0, 0])).toBe(3.5);
  });

  it("keeps that median when the counts are scaled and rounding blurs 'exactly half' (fast-check counterexample)", () => {
    const counts = [10, 3, 0, 2, 36, 0, 6, 0, 12, 5, 28];
    expect(interpolatedMedianOf(counts)).toBe(6);
    expect(interpolatedMedianOf(counts.map((count) => count * 0.001))).toBeCloseTo(6, 9);
    expect(interpolatedMedianOf(counts.map((count) => count / 102))).toBeCloseTo(6, 9);
  });

  it("splits a five-point scale into two disagreeing, one neutral and two agreeing points", () => {
    const shares = sharesOf(counts)!;
    expect(shares.agree).toBeCloseTo(14 / 24, 12);
    expect(shares.neutral).toBeCloseTo(5 / 24, 12);
    expect(shares.disagree).toBeCloseTo(5 / 24, 12);
    expect(shares.netAgreement).toBeCloseTo(9 / 24, 12);
  });

  it("gives an even scale no neutral point", () => {
    const shares = sharesOf([1, 2, 3, 4])!;
    expect(shares.agree).toBeCloseTo(0.7, 12);
    expect(shares.neutral).toBe(0);
    expect(shares.disagree).toBeCloseTo(0.3, 12);
    expect(shares.netAgreement).toBeCloseTo(0.4, 12);
  });

  it("returns null rather than NaN when nobody rated", () => {
    expect(meanOf([0, 0, 0, 0])).toBeNull();
    expect(interpolatedMedianOf([0, 0, 0, 0])).toBeNull();
    expect(standardDeviationOf([0, 0, 0, 0])).toBeNull();
    expect(sharesOf([0, 0, 0, 0])).toBeNull();
  });
});
