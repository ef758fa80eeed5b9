// One of two server processes on one Redis killed: its participants reconnect to the other and carry on (F6).
import { describe, expect, inject, it } from "vitest";
import { processKilled } from "../support/fault-scenarios.ts";

describe("faults: one of two processes killed", () => {
  it("F6: participants of the killed process move to the other and carry on; every acknowledged rating is there exactly once", async () => {
    const result = await processKilled(inject("redisUrl"), { faults: 1 });
    expect(result.report.problems).toEqual([]);
    expect(result.report.stored).toBe(result.report.expected);
  });
});
