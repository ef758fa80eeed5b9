// The bench's pure statistics: nearest-rank percentiles, summaries and vote-to-presenter matching by rank.
import { describe, expect, it } from "vitest";
import { deliveryLatencies, percentile, perSecond, round, summarize } from "./stats.ts";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
  });

  it("takes the top sample when there are fewer samples than the percentile resolves", () => {
    expect(percentile([3, 7, 9], 99)).toBe(9);
    expect(percentile([3, 7, 9], 50)).toBe(7);
  });

  it("is NaN without samples and refuses a percentile outside 0..100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("sorts numerically without changing its input", () => {
    const samples = [10, 2, 30, 1, 200];
    const summary = summarize(samples);
    expect(summary).toEqual({ count: 5, p50: 10, p95: 200, p99: 200, max: 200 });
    expect(samples).toEqual([10, 2, 30, 1, 200]);
  });

  it("reports an empty phase as NaN, never as zero", () => {
    expect(summarize([]).p99).toBeNaN();
    expect(summarize([]).count).toBe(0);
  });
});

describe("deliveryLatencies", () => {
  it("matches the k-th rating sent to the first update counting k", () => {
    const result = deliveryLatencies(
      [0, 10, 20, 30],
      [
        { at: 15, count: 1 },
        { at: 40, count: 3 },
        { at: 50, count: 3 },
        { at: 65, count: 4 },
      ],
    );
    expect(result).toEqual({ latencies: [15, 30, 20, 35], undelivered: 0 });
  });

  it("counts ratings no update reached", () => {
    expect(deliveryLatencies([0, 5, 9], [{ at: 12, count: 1 }])).toEqual({ latencies: [12], undelivered: 2 });
  });

  it("ignores counts above what was sent (another sender's ratings)", () => {
    expect(deliveryLatencies([0], [{ at: 4, count: 7 }])).toEqual({ latencies: [4], undelivered: 0 });
  });
});

describe("perSecond and round", () => {
  it("turns counts over milliseconds into a rate", () => {
    expect(perSecond(500, 250)).toBe(2000);
    expect(perSecond(5, 0)).toBe(0);
  });

  it("rounds small figures to a tenth and large ones to a whole", () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(1234.5)).toBe(1235);
    expect(round(Number.NaN)).toBeNaN();
  });
});
