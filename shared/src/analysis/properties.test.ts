// Invariants of every measure: bounds, mirror symmetry, order of respondents, and scaling every count.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addTallies } from "../schemas/tally.ts";
import { agreementA } from "./agreement-a.ts";
import { consensus } from "./consensus.ts";
import { reversed } from "./frequency-vector.ts";
import type { Interval } from "./intervals.ts";
import { leikDispersion } from "./leik.ts";
import { type Summary, summarize } from "./summary.ts";

/** A frequency vector of 3 to 11 points with at least one rating. */
const countsArb = fc
  .integer({ min: 3, max: 11 })
  .chain((k) => fc.array(fc.nat({ max: 40 }), { minLength: k, maxLength: k }))
  .filter((counts) => counts.some((count) => count > 0));

/** Respondents' ratings (1 to k) on a scale of k points. */
const ratingsArb = fc
  .integer({ min: 3, max: 11 })
  .chain((k) => fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 1, max: k }), { minLength: 1, maxLength: 60 })));

const countsOf = (k: number, ratings: readonly number[]) => {
  const counts = new Array<number>(k).fill(0);
  for (const rating of ratings) counts[rating - 1] = (counts[rating - 1] ?? 0) + 1;
  return counts;
};

const SHAPE_FIGURES = [
  "mean",
  "median",
  "sd",
  "agree",
  "neutral",
  "disagree",
  "netAgreement",
  "consensus",
  "dissent",
  "agreementA",
  "leikDispersion",
] as const;

const expectSameShape = (a: Summary, b: Summary) => {
  for (const key of SHAPE_FIGURES) expect(a[key], key).toBeCloseTo(b[key]!, 9);
};

const within = (value: number | null, low: number, high: number) =>
  value !== null && value >= low - 1e-12 && value <= high + 1e-12;

const intervalWithin = (interval: Interval | null, low: number, high: number) =>
  interval !== null &&
  interval.low <= interval.high &&
  within(interval.low, low, high) &&
  within(interval.high, low, high);

describe("bounds", () => {
  it("keeps every measure and interval within its range", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const k = counts.length;
        const s = summarize(counts);
        expect(within(s.consensus, 0, 1)).toBe(true);
        expect(within(s.dissent, 0, 1)).toBe(true);
        expect(within(s.agreementA, -1, 1)).toBe(true);
        expect(within(s.leikDispersion, 0, 1)).toBe(true);
        expect(within(s.mean, 1, k)).toBe(true);
        expect(within(s.median, 0.5, k + 0.5)).toBe(true);
        expect(within(s.sd, 0, (k - 1) / 2)).toBe(true);
        for (const share of [s.agree, s.neutral, s.disagree]) expect(within(share, 0, 1)).toBe(true);
        expect(s.agree! + s.neutral! + s.disagree!).toBeCloseTo(1, 12);
        expect(within(s.netAgreement, -1, 1)).toBe(true);
        expect(intervalWithin(s.intervals.agree, 0, 1)).toBe(true);
        expect(intervalWithin(s.intervals.netAgreement, -1, 1)).toBe(true);
        if (s.n >= 2) expect(intervalWithin(s.intervals.mean, 1, k)).toBe(true);
        // Each interval holds its own estimate.
        expect(within(s.mean, s.intervals.mean?.low ?? 1, s.intervals.mean?.high ?? k)).toBe(true);
        expect(within(s.agree, s.intervals.agree!.low, s.intervals.agree!.high)).toBe(true);
      }),
    );
  });
});

describe("mirror symmetry", () => {
  it("reading the scale from the other end mirrors location and sides and keeps agreement", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const k = counts.length;
        const s = summarize(counts);
        const r = summarize(reversed(counts));
        expect(r.mean!).toBeCloseTo(k + 1 - s.mean!, 9);
        expect(r.median!).toBeCloseTo(k + 1 - s.median!, 9);
        expect(r.sd!).toBeCloseTo(s.sd!, 9);
        expect(r.agree!).toBeCloseTo(s.disagree!, 12);
        expect(r.neutral!).toBeCloseTo(s.neutral!, 12);
        expect(r.netAgreement!).toBeCloseTo(-s.netAgreement!, 12);
        expect(r.consensus!).toBeCloseTo(s.consensus!, 9);
        expect(r.agreementA!).toBeCloseTo(s.agreementA!, 9);
        expect(r.leikDispersion!).toBeCloseTo(s.leikDispersion!, 9);
        expect(r.intervals.netAgreement!.low).toBeCloseTo(-s.intervals.netAgreement!.high, 9);
      }),
    );
  });
});

describe("order of respondents", () => {
  it("gives the same figures whatever order the ratings arrive in", () => {
    fc.assert(
      fc.property(
        ratingsArb.chain(([k, ratings]) =>
          fc.tuple(fc.constant(k), fc.constant(ratings), fc.shuffledSubarray(ratings, { minLength: ratings.length })),
        ),
        ([k, ratings, shuffled]) => {
          expect(summarize(countsOf(k, shuffled))).toEqual(summarize(countsOf(k, ratings)));
        },
      ),
    );
  });

  it("gives the same pooled figures whatever order groups are pooled in", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 11 }).chain((k) =>
          fc.tuple(
            fc.constant(k),
            fc.array(
              fc.record({
                counts: fc.array(fc.nat({ max: 20 }), { minLength: k, maxLength: k }),
                dontKnow: fc.nat({ max: 5 }),
              }),
              { minLength: 1, maxLength: 6 },
            ),
          ),
        ),
        ([k, tallies]) => {
          const forwards = summarize(addTallies(k, tallies));
          const backwards = summarize(addTallies(k, [...tallies].reverse()));
          expect(backwards).toEqual(forwards);
        },
      ),
    );
  });
});

describe("scaling every count", () => {
  it("by k changes n and the intervals only, and intervals only narrow", () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 2, max: 50 }), (counts, factor) => {
        const s = summarize(counts, { dontKnow: 1 });
        const scaled = summarize(
          counts.map((count) => count * factor),
          { dontKnow: factor },
        );
        expectSameShape(scaled, s);
        expect(scaled.n).toBe(s.n * factor);
        const width = (interval: Interval | null) => (interval ? interval.high - interval.low : Infinity);
        expect(width(scaled.intervals.mean)).toBeLessThanOrEqual(width(s.intervals.mean) + 1e-12);
        expect(width(scaled.intervals.agree)).toBeLessThanOrEqual(width(s.intervals.agree) + 1e-12);
      }),
    );
  });

  it("to proportions or to any positive scale gives the same measures", () => {
    fc.assert(
      fc.property(countsArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (counts, factor) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const proportions = counts.map((count) => count / total);
        const weighted = counts.map((count) => count * factor);
        expectSameShape(summarize(proportions), summarize(counts));
        expectSameShape(summarize(weighted), summarize(counts));
        expect(consensus(weighted)).toBeCloseTo(consensus(counts)!, 9);
        expect(agreementA(proportions)).toBeCloseTo(agreementA(counts)!, 9);
        expect(leikDispersion(proportions)).toBeCloseTo(leikDispersion(counts)!, 9);
      }),
    );
  });
});

describe("nobody rated", () => {
  it("never throws and gives null figures, whatever the scale and the don't-know count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 11 }), fc.nat({ max: 10 }), (k, dontKnow) => {
        const s = summarize({ counts: new Array<number>(k).fill(0), dontKnow });
        expect(s.n).toBe(0);
        expect(s.dontKnow).toBe(dontKnow);
        for (const key of SHAPE_FIGURES) expect(s[key]).toBeNull();
        expect(Object.values(s.intervals).every((interval) => interval === null)).toBe(true);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
    );
  });

  it("rejects malformed vectors", () => {
    expect(() => summarize([1, 2])).toThrow(RangeError);
    expect(() => summarize(new Array<number>(12).fill(1))).toThrow(RangeError);
    expect(() => summarize([1, -1, 2])).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN, 2])).toThrow(RangeError);
  });
});
