// The loss check against a model of Redis's sequence: losses are counted once, exactly, and never invented (F3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LossWatch } from "./loss-watch.ts";

describe("LossWatch", () => {
  it("F3: reports what a rolled-back Redis lost, once, whether a reconnect check or the next rating finds it", () => {
    const steps = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("write" as const), count: fc.integer({ min: 1, max: 5 }) }),
        fc.record({
          kind: fc.constant("rollback" as const),
          back: fc.integer({ min: 0, max: 8 }),
          check: fc.boolean(),
        }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(steps, (plan) => {
        const watch = new LossWatch();
        let redis = 0; // the sequence Redis holds
        let acknowledged = 0; // the highest sequence this process has seen and not yet found lost
        let expected = 0;
        for (const step of plan) {
          if (step.kind === "write") {
            for (let index = 0; index < step.count; index += 1) watch.observe("w", ++redis);
            acknowledged = redis;
          } else {
            redis = Math.max(0, redis - step.back);
            expected += Math.max(0, acknowledged - redis);
            acknowledged = Math.min(acknowledged, redis);
            // Sometimes the reconnect check finds it; otherwise the next write does.
            if (step.check) watch.compare("w", redis, watch.snapshot().get("w") ?? 0);
          }
        }
        // One more rating tells of any loss no reconnect check has found yet.
        watch.observe("w", redis + 1);
        expect(watch.lostRatings).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("F3: a rating answered between the reconnect check's question and its answer is not taken for a loss", () => {
    const watch = new LossWatch();
    for (let sequence = 1; sequence <= 10; sequence += 1) watch.observe("w", sequence);
    const asked = watch.snapshot().get("w")!;
    // Redis answered "10", then numbered a new rating 11, whose reply was handled first.
    expect(watch.observe("w", 11)).toBeNull();
    expect(watch.compare("w", 10, asked)).toBeNull();
    expect(watch.lostRatings).toBe(0);
  });

  it("F3: a loss is counted once even when the next rating and the reconnect check both see it", () => {
    const watch = new LossWatch();
    for (let sequence = 1; sequence <= 10; sequence += 1) watch.observe("w", sequence);
    const asked = watch.snapshot().get("w")!;
    expect(watch.observe("w", 8)).toMatchObject({ lostRatings: 3, acknowledged: 10, held: 7 });
    expect(watch.compare("w", 7, asked)).toBeNull();
    expect(watch.lostRatings).toBe(3);
  });
});
