// The server process killed with SIGKILL in the middle of a burst and started again (F1 embedded, F4 Redis).
import { describe, expect, inject, it } from "vitest";
import { serverKilled } from "../support/fault-scenarios.ts";

describe("faults: server SIGKILL mid-burst", () => {
  it("F1: embedded store: after two kills and journal replays, every acknowledged rating is there exactly once and tallies equal a recount", async () => {
    const result = await serverKilled("embedded", undefined, { faults: 2 });
    expect(result.report.problems).toEqual([]);
    expect(result.report.stored).toBe(result.report.expected);
    expect(result.stats.reconnects).toBeGreaterThan(0);
  });

  it("F4: Redis store: after two kills, every acknowledged rating is there exactly once and tallies equal a recount", async () => {
    const result = await serverKilled("redis", inject("redisUrl"), { faults: 2 });
    expect(result.report.problems).toEqual([]);
    expect(result.report.stored).toBe(result.report.expected);
    expect(result.stats.reconnects).toBeGreaterThan(0);
  });
});
