// The reusable comparison pieces against published values: Student's t, Benjamini–Hochberg, and the mission's joint judging.
import { describe, expect, it } from "vitest";
import { judgeComparisons } from "./comparison-flags.ts";
import { controlFalseDiscoveries } from "./false-discoveries.ts";
import { compareMeans, gapInterval } from "./mean-comparison.ts";
import { spreadRangeInterval } from "./spread.ts";
import { summarize } from "./summary.ts";

describe("compareMeans (Student's two-sample t test)", () => {
  it("matches scipy's ttest_ind on 4, 4, 5, 5 against 2, 2, 3, 3 (t = 4.899, df 6, p = 0.0027137)", () => {
    const comparison = compareMeans(summarize([0, 0, 0, 2, 2]), summarize([0, 2, 2, 0, 0]))!;
    expect(comparison.gap).toBe(2);
    expect(comparison.degreesOfFreedom).toBe(6);
    expect(comparison.gap / comparison.standardError).toBeCloseTo(4.898979485566356, 10);
    expect(comparison.pValue).toBeCloseTo(0.0027136820350937957, 10);
  });

  it("matches scipy on an HCT of 12 against 70 others (p = 0.00019459, df 80)", () => {
    const comparison = compareMeans(summarize([0, 0, 3, 4, 5]), summarize([5, 20, 25, 15, 5]))!;
    expect(comparison.gap).toBeCloseTo(1.2380952380952386, 12);
    expect(comparison.degreesOfFreedom).toBe(80);
    expect(comparison.pValue).toBeCloseTo(0.00019458662614510512, 11);
  });

  it("floors the pooled variance, so two unanimous groups one point apart are not infinitely sure", () => {
    const comparison = compareMeans(summarize([0, 0, 0, 5, 0]), summarize([0, 0, 0, 0, 5]))!;
    // Pooled variance floored at 1/10: standard error √(0.1 · (1/5 + 1/5)) = 0.2, t = −5.
    expect(comparison.standardError).toBeCloseTo(0.2, 12);
    expect(comparison.pValue).toBeGreaterThan(0);
  });

  it("is null when a group has nobody", () => {
    expect(compareMeans(summarize([0, 0, 0, 0, 0]), summarize([1, 2, 3, 2, 1]))).toBeNull();
  });

  it("gives the interval that leaves out zero exactly when p is at most its error rate", () => {
    const comparison = compareMeans(summarize([0, 0, 3, 4, 5]), summarize([5, 20, 25, 15, 5]))!;
    const atP = (rate: number) => gapInterval(comparison, rate);
    expect(atP(comparison.pValue * 1.01).low).toBeGreaterThan(0);
    expect(atP(comparison.pValue * 0.99).low).toBeLessThan(0);
    const usual = atP(0.05);
    expect((usual.low + usual.high) / 2).toBeCloseTo(comparison.gap, 12);
  });
});

describe("controlFalseDiscoveries (Benjamini–Hochberg)", () => {
  // Benjamini and Hochberg's (1995) own example: 15 p-values at 0.05; Bonferroni keeps 3, the procedure 4.
  const paper = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
  ];

  it("reports the first four of the paper's example, with scipy's adjusted p-values", () => {
    const judgements = controlFalseDiscoveries(
      paper.map((pValue) => ({ pValue })),
      0.05,
    );
    expect(judgements.map((j) => j.discovered)).toEqual(paper.map((_, index) => index < 4));
    // scipy.stats.false_discovery_control(paper)
    const adjusted = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714, 0.06385714, 0.0645, 0.0765, 0.486];
    adjusted.forEach((value, index) => expect(judgements[index]!.adjustedPValue).toBeCloseTo(value, 7));
    // The level a reported p-value was judged at: R · rate / m = 4 · 0.05 / 15.
    expect(judgements[0]!.level).toBeCloseTo((4 * 0.05) / 15, 12);
  });

  it("keeps its order whatever order the p-values come in", () => {
    const shuffled = [...paper].reverse();
    const judgements = controlFalseDiscoveries(
      shuffled.map((pValue) => ({ pValue })),
      0.05,
    );
    expect(judgements.filter((j) => j.discovered).length).toBe(4);
    expect(judgements.at(-1)!.discovered).toBe(true);
  });

  it("shares the error rate by weight: 0.04 and 0.04 both pass at 0.05 unweighted, only the heavier at 1.6 : 0.4", () => {
    const even = controlFalseDiscoveries([{ pValue: 0.04 }, { pValue: 0.04 }], 0.05);
    expect(even.map((j) => j.discovered)).toEqual([true, true]);
    const weighted = controlFalseDiscoveries(
      [
        { pValue: 0.04, weight: 1.6 },
        { pValue: 0.04, weight: 0.4 },
      ],
      0.05,
    );
    expect(weighted.map((j) => j.discovered)).toEqual([true, false]);
  });

  it("leaves out comparisons that could not be made, from the count as well", () => {
    const judgements = controlFalseDiscoveries([{ pValue: 0.02 }, { pValue: null }, { pValue: null }], 0.05);
    expect(judgements[0]!.discovered).toBe(true);
    expect(judgements[1]).toEqual({ discovered: false, level: 0, adjustedPValue: null });
  });

  it("refuses an error rate outside (0, 1) and a negative weight", () => {
    expect(() => controlFalseDiscoveries([{ pValue: 0.5 }], 0)).toThrow(RangeError);
    expect(() => controlFalseDiscoveries([{ pValue: 0.5 }], 1)).toThrow(RangeError);
    expect(() => controlFalseDiscoveries([{ pValue: 0.5, weight: -1 }], 0.1)).toThrow(RangeError);
  });
});

describe("judgeComparisons (a mission's HCT and constituencies comparisons together)", () => {
  const options = { comparisonErrorRate: 0.1, hctShareOfErrorRate: 0.8 };
  const quiet = (count: number) => Array.from({ length: count }, () => ({ hct: 0.5, spread: 0.5 }));

  it("gives the HCT comparison 80% of a statement's share: 0.002 passes among 30 statements, 0.003 does not", () => {
    // One statement picked of 30: α = 0.1/30 = 0.00333; the HCT comparison passes at 0.8 · α = 0.00267.
    expect(judgeComparisons([{ hct: 0.002, spread: 0.5 }, ...quiet(29)], options)[0]).toMatchObject({ hctApart: true });
    expect(judgeComparisons([{ hct: 0.003, spread: 0.5 }, ...quiet(29)], options)[0]).toMatchObject({
      hctApart: false,
      constituenciesApart: false,
    });
    // The constituencies comparison gets the other 20%: 0.0006 passes, 0.0007 does not.
    expect(judgeComparisons([{ hct: 0.5, spread: 0.0006 }, ...quiet(29)], options)[0]!.constituenciesApart).toBe(true);
    expect(judgeComparisons([{ hct: 0.5, spread: 0.0007 }, ...quiet(29)], options)[0]!.constituenciesApart).toBe(false);
  });

  it("counts a statement once however many of its comparisons pass, and gives all to the one a statement has", () => {
    const verdicts = judgeComparisons([{ hct: null, spread: 0.003 }, ...quiet(29)], options);
    expect(verdicts[0]).toMatchObject({ constituenciesApart: true, spreadLevel: 0.1 / 30 });
    const both = judgeComparisons(
      [{ hct: 0.0001, spread: 0.0001 }, { hct: 0.004, spread: 0.5 }, ...quiet(28)],
      options,
    );
    // Two statements picked: α = 2 · 0.1/30; the second's HCT comparison passes at 0.8 · α = 0.00533.
    expect(both.map((v) => v.hctApart).slice(0, 2)).toEqual([true, true]);
  });

  it("reports nothing from a mission of quiet statements", () => {
    expect(judgeComparisons(quiet(30), options).some((v) => v.hctApart || v.constituenciesApart)).toBe(false);
  });
});

describe("spreadRangeInterval (Scheffé)", () => {
  it("is centred on the range and wider at a smaller error rate", () => {
    const groups = [
      { constituencyId: "a", summary: summarize([1, 2, 1, 0, 0]) },
      { constituencyId: "b", summary: summarize([0, 0, 1, 2, 2]) },
      { constituencyId: "c", summary: summarize([0, 1, 3, 0, 0]) },
    ];
    // scipy.stats.f_oneway on the same groups: F = 10.246, p = 0.0038.
    const wide = spreadRangeInterval(groups, 0.001)!;
    const usual = spreadRangeInterval(groups, 0.05)!;
    const range = 4.2 - 2;
    expect((usual.low + usual.high) / 2).toBeCloseTo(range, 12);
    expect(wide.high - wide.low).toBeGreaterThan(usual.high - usual.low);
    expect(usual.low).toBeGreaterThan(0);
  });
});
