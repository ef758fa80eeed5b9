// Redis restarted in the middle of a burst (AOF, appendfsync everysec), with participants rating throughout (F2, F3).
// The scenarios are the ones `npm run chaos` runs longer (test/support/redis-fault-scenarios.ts): each checks every
// acknowledged rating is stored exactly once or was reported lost, and what the rule promises while Redis is away.
import { describe, expect, it } from "vitest";
import { redisRestarted, redisRolledBack } from "../support/redis-fault-scenarios.ts";

describe("faults: Redis restarted during a burst", () => {
  it("F2: while Redis is down ratings are refused with store_unavailable, /healthz answers 503, new connections are answered, the server reconnects by itself, and every acknowledged rating is there once or reported lost", async () => {
    const result = await redisRestarted({ faults: 2 });
    expect(result.report.problems).toEqual([]);
    expect(result.faults).toBe(2);
    expect(result.stats.refusals.store_unavailable).toBeGreaterThan(0);
    expect(result.report.stored + result.report.reportedLost).toBe(result.report.expected);
    expect(result.notes.serverStillUp).toBe("yes");
  });

  it("F3: Redis back from an older AOF (a machine crash losing its last second): exactly the lost ratings are reported in the log and by /healthz, the rest is stored once, and the server keeps serving", async () => {
    const result = await redisRolledBack({ faults: 1 });
    expect(result.report.problems).toEqual([]);
    expect(result.notes.missingAcknowledged).toBeGreaterThan(0);
    expect(result.report.stored + result.report.reportedLost).toBe(result.report.expected);
  });
});
