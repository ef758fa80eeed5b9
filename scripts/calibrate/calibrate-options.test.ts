// The calibration's command line: defaults that run in a minute or two, sizes as lists, clear refusals.
import { describe, expect, it } from "vitest";
import { parseCalibrateOptions } from "./calibrate-options.ts";

describe("parseCalibrateOptions", () => {
  it("defaults to the issue's sizes: HCT 6, 8, 12, 15 against 15 + 25 + 20 + 9, gaps 0.5, 1, 1.5, 30 statements", () => {
    expect(parseCalibrateOptions([])).toEqual({
      seed: 1,
      statements: 30,
      nullMissions: 1000,
      powerMissions: 200,
      planted: 3,
      hctSizes: [6, 8, 12, 15],
      gaps: [0.5, 1, 1.5],
      others: [15, 25, 20, 9],
      shapeGroups: 2000,
      only: "all",
    });
  });

  it("reads every option, and --quick draws a fifth", () => {
    const options = parseCalibrateOptions([
      "--seed=7",
      "--missions=1000",
      "--power-missions=300",
      "--statements=25",
      "--planted=1",
      "--hct=10",
      "--gaps=0.75,2",
      "--others=30,30",
      "--only=rounds",
      "--quick",
    ]);
    expect(options).toMatchObject({
      seed: 7,
      nullMissions: 200,
      powerMissions: 60,
      statements: 25,
      planted: 1,
      hctSizes: [10],
      gaps: [0.75, 2],
      others: [30, 30],
      shapeGroups: 400,
      only: "rounds",
    });
  });

  it("refuses an unknown option, a malformed number or list, and more planted statements than statements", () => {
    expect(() => parseCalibrateOptions(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseCalibrateOptions(["--missions=0"])).toThrow(/--missions takes a whole number/);
    expect(() => parseCalibrateOptions(["--hct=6,x"])).toThrow(/--hct takes a comma-separated list/);
    expect(() => parseCalibrateOptions(["--hct=6.5"])).toThrow(/--hct takes a comma-separated list of whole numbers/);
    expect(() => parseCalibrateOptions(["--planted=30"])).toThrow(/--planted must be below --statements/);
    expect(() => parseCalibrateOptions(["--only=hct"])).toThrow(/--only takes rounds/);
  });
});
