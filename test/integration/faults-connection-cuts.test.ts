// Participants' connections cut and restored at random; phones re-send what was not acknowledged (F5).
import { describe, expect, inject, it } from "vitest";
import { connectionsCut } from "../support/fault-scenarios.ts";

describe.each(["embedded", "redis"] as const)("faults: connections cut (%s)", (store) => {
  it("F5: ratings re-sent after a cut count once: every acknowledged rating is there exactly once and tallies equal a recount", async () => {
    const result = await connectionsCut(store, inject("redisUrl"), { faults: 15 });
    expect(result.report.problems).toEqual([]);
    expect(result.report.stored).toBe(result.report.expected);
    expect(result.stats.reconnects).toBeGreaterThanOrEqual(15);
  });
});
