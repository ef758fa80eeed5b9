// The calibration's tables: percentages, ratios against the ideal test, Markdown layout.
import { describe, expect, it } from "vitest";
import { hctPowerTable, markdownTable, nullTable, percent, powerCell } from "./tables.ts";

describe("the calibration tables", () => {
  it("writes shares as whole percentages, with one decimal below 1%", () => {
    expect(percent(0.0725)).toBe("7%");
    expect(percent(0.004)).toBe("0.4%");
    expect(percent(0)).toBe("0%");
    expect(percent(1)).toBe("100%");
  });

  it("lays out a Markdown table", () => {
    expect(markdownTable(["a", "b"], [["1", "2"]])).toBe("| a | b |\n| --- | --- |\n| 1 | 2 |");
  });

  it("gives the power, the ideal test's power and their ratio", () => {
    const result = {
      missions: 100,
      planted: 300,
      found: 180,
      foundByIdeal: 200,
      foundBySharedIdeal: 190,
      falseShare: 8,
    };
    expect(powerCell(result)).toBe("60% (ideal 67%, ratio 0.90; shared-spread ideal 63%, 0.95)");
    expect(powerCell({ ...result, found: 0, foundByIdeal: 0, foundBySharedIdeal: 0 })).toBe(
      "0% (ideal 0%, ratio –; shared-spread ideal 0%, –)",
    );
    // The false discovery rate: the mean over missions of the false share of each mission's list, 8 / 100.
    expect(hctPowerTable([1], [{ hctSize: 12, others: 69, results: [result] }])).toContain(
      "| 12 against 69 | 60% (ideal 67%, ratio 0.90; shared-spread ideal 63%, 0.95) | 8% |",
    );
  });

  it("gives the share of missions with a false flag, by kind and by test", () => {
    const table = nullTable([
      { label: "HCT 12", result: { missions: 200, any: 18, hct: 14, constituencies: 5, welch: 40, brunnerMunzel: 38 } },
    ]);
    // Wilson's interval for 18 of 200: 5.8% to 13.8%.
    expect(table.split("\n")[2]).toBe("| HCT 12 | 200 | 9% (6–14%) | 7% | 3% | 20% | 19% |");
  });
});
