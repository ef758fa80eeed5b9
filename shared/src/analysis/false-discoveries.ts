// Many comparisons at once: which to report so that chance alone rarely puts a false one in the list.

/** One comparison to judge: its p-value (null when it could not be made) and its share of the error budget. */
export interface ComparisonToJudge {
  /** Two-sided p-value; null when the comparison could not be made (it is then not counted at all). */
  pValue: number | null;
  /** Relative weight (default 1): a comparison with twice the weight gets twice the share of the error rate. */
  weight?: number;
}

/** The verdict on one comparison. */
export interface Judgement {
  /** True when the comparison is reported: its p-value is at most `level`. */
  discovered: boolean;
  /** The error rate this comparison was judged at: weight · R · rate / m, R the number reported (1 when none). */
  level: number;
  /** Smallest `rate` at which it would be reported (the weighted Benjamini–Hochberg adjusted p-value); null when not counted. */
  adjustedPValue: number | null;
}

/**
 * Benjamini and Hochberg's (1995) step-up procedure, with weights (Genovese, Roeder and Wasserman 2006), over
 * every comparison given. With m comparisons counted, weights scaled to average 1, and p-values sorted by
 * p / weight, the first R are reported, R the largest rank r with p / weight ≤ r · rate / m. When no
 * difference is real, the chance that anything at all is reported is at most `rate`; when some are real,
 * the expected share of false entries among those reported is at most `rate` (for independent or positively
 * dependent comparisons, as ratings of one mission's statements are). At equal error it reports more than
 * Holm's or Bonferroni's procedure, which guard every comparison separately. Returns one judgement per
 * input, in input order. Throws a RangeError for a rate outside (0, 1) or a negative weight.
 */
export function controlFalseDiscoveries(tests: readonly ComparisonToJudge[], rate: number): Judgement[] {
  if (!(rate > 0 && rate < 1)) throw new RangeError(`an error rate lies between 0 and 1, not ${rate}`);
  if (tests.some((test) => (test.weight ?? 1) < 0)) throw new RangeError("a weight is never negative");
  const counted = tests.flatMap((test, index) =>
    test.pValue === null ? [] : [{ index, pValue: test.pValue, weight: test.weight ?? 1 }],
  );
  const m = counted.length;
  const totalWeight = counted.reduce((sum, test) => sum + test.weight, 0);
  const scaled = counted.map((test) => ({ ...test, weight: totalWeight > 0 ? (test.weight * m) / totalWeight : 0 }));
  const ratio = (test: { pValue: number; weight: number }) =>
    test.weight > 0 ? test.pValue / test.weight : Number.POSITIVE_INFINITY;
  const order = [...scaled].sort((a, b) => ratio(a) - ratio(b));
  let reported = 0;
  order.forEach((test, rank) => {
    if (ratio(test) <= ((rank + 1) * rate) / m) reported = rank + 1;
  });
  // Adjusted p-values: the running minimum, from the largest rank down, of m · (p / weight) / rank.
  const adjusted = new Map<number, number>();
  let running = 1;
  for (let rank = order.length; rank >= 1; rank--) {
    const test = order[rank - 1]!;
    running = Math.min(running, (m * ratio(test)) / rank);
    adjusted.set(test.index, running);
  }
  const onList = new Set(order.slice(0, reported).map((test) => test.index));
  const weightOf = new Map(scaled.map((test) => [test.index, test.weight]));
  return tests.map((_, index) => {
    const weight = weightOf.get(index);
    if (weight === undefined) return { discovered: false, level: 0, adjustedPValue: null };
    return {
      discovered: onList.has(index),
      level: m === 0 ? 0 : (weight * Math.max(1, reported) * rate) / m,
      adjustedPValue: adjusted.get(index) ?? 1,
    };
  });
}
