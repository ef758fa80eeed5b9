// The bench's command line: sizes for a full run and a quick one, and the scale-out options.
import { describe, expect, it } from "vitest";
import { parseOptions } from "./bench-options.ts";

describe("parseOptions", () => {
  it("runs everything on both stores by default, with five scale-out pairs (one pair moves by ±0.2 on a shared VM)", () => {
    const options = parseOptions([]);
    expect(options).toMatchObject({ quick: false, scaleOutOnly: false, stores: ["embedded", "redis"] });
    expect(options.scaleOutPairs).toBe(5);
    expect(options.scaleOutWarmupMs).toBeGreaterThanOrEqual(options.scaleOutMs / 2);
  });

  it("keeps --quick small: one scale-out pair and short steps", () => {
    const options = parseOptions(["--quick"]);
    expect(options.quick).toBe(true);
    expect(options.scaleOutPairs).toBe(1);
    expect(options.scaleOutMs + options.scaleOutWarmupMs).toBeLessThanOrEqual(5_000);
  });

  it("reads --only=scale-out, --pairs, --scale-out-rate, --store and --participants", () => {
    const options = parseOptions([
      "--only=scale-out",
      "--pairs=5",
      "--scale-out-rate=4000",
      "--store=redis",
      "--participants=300",
    ]);
    expect(options).toMatchObject({
      scaleOutOnly: true,
      scaleOutPairs: 5,
      scaleOutRate: 4_000,
      stores: ["redis"],
      participants: 300,
      burstParticipants: 300,
    });
  });

  it("refuses an unknown option or a malformed number, naming it", () => {
    expect(() => parseOptions(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseOptions(["--pairs=0"])).toThrow(/unknown option --pairs=0/);
    expect(() => parseOptions(["--scale-out-rate=lots"])).toThrow(/unknown option --scale-out-rate=lots/);
    expect(() => parseOptions(["--only=everything"])).toThrow(/usage: npm run bench/);
  });
});
