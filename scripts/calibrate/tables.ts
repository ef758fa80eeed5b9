// The calibration's results as Markdown tables, ready to paste into docs/analysis.md.
import { wilsonInterval } from "@peerpulse/shared";
import type { NullResult, PowerResult } from "./experiments.ts";
import type { ShapeResult } from "./view-shapes.ts";

/** A share as a whole percentage: 0.0725 → "7%"; below 1% one decimal: 0.004 → "0.4%". */
export function percent(share: number): string {
  const value = share * 100;
  return value > 0 && value < 1 ? `${value.toFixed(1)}%` : `${Math.round(value)}%`;
}

/** A simulated share with the 95% interval the simulation's own size leaves: "8% (6–11%)". */
export function shareWithInterval(count: number, total: number): string {
  const interval = wilsonInterval(count / total, total)!;
  return `${percent(count / total)} (${percent(interval.low).replace("%", "")}–${percent(interval.high)})`;
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** One row of the no-difference table. */
export interface NullRow {
  label: string;
  result: NullResult;
}

/** Missions with no real difference: how many got a false comparison flag, and how many other tests would give. */
export function nullTable(rows: readonly NullRow[]): string {
  return markdownTable(
    [
      "mission",
      "missions",
      "any false comparison flag",
      "false HCT apart",
      "false constituencies apart",
      "HCT by Welch's t instead",
      "HCT by Brunner–Munzel instead",
    ],
    rows.map(({ label, result }) => {
      const share = (count: number) => percent(count / result.missions);
      return [
        label,
        String(result.missions),
        shareWithInterval(result.any, result.missions),
        share(result.hct),
        share(result.constituencies),
        share(result.welch),
        share(result.brunnerMunzel),
      ];
    }),
  );
}

const ratio = (found: number, ideal: number) => (ideal > 0 ? (found / ideal).toFixed(2) : "–");

/** "60% (ideal 68%, ratio 0.88; shared-spread ideal 64%, 0.94)". */
export function powerCell(result: PowerResult): string {
  const share = (count: number) => percent(count / result.planted);
  return (
    `${share(result.found)} (ideal ${share(result.foundByIdeal)}, ratio ${ratio(result.found, result.foundByIdeal)}; ` +
    `shared-spread ideal ${share(result.foundBySharedIdeal)}, ${ratio(result.found, result.foundBySharedIdeal)})`
  );
}

/** The mean over missions of the share of false entries among the divergent entries listed: the false discovery rate. */
function falseDiscoveryRate(results: readonly PowerResult[]): string {
  const missions = results.reduce((sum, r) => sum + r.missions, 0);
  return percent(results.reduce((sum, r) => sum + r.falseShare, 0) / missions);
}

/** One row of the HCT power table: an HCT size and one result per gap. */
export interface PowerRow {
  hctSize: number;
  others: number;
  results: readonly PowerResult[];
}

/** Planted HCT gaps found, by HCT size and gap, against the ideal test. */
export function hctPowerTable(gaps: readonly number[], rows: readonly PowerRow[]): string {
  return markdownTable(
    ["HCT against others", ...gaps.map((gap) => `gap ${gap} points`), "false discovery rate"],
    rows.map(({ hctSize, others, results }) => [
      `${hctSize} against ${others}`,
      ...results.map(powerCell),
      falseDiscoveryRate(results),
    ]),
  );
}

/** Planted gaps of one constituency found as "constituencies apart", by gap. */
export function constituencyPowerTable(
  label: string,
  gaps: readonly number[],
  results: readonly PowerResult[],
): string {
  return markdownTable(
    ["constituency apart", ...gaps.map((gap) => `gap ${gap} points`), "false discovery rate"],
    [[label, ...results.map((r) => percent(r.found / r.planted)), falseDiscoveryRate(results)]],
  );
}

/** The divided / no-shared-view labels by shape and group size, with A's sign beside them. */
export function shapeTable(
  sizes: readonly number[],
  rows: readonly { name: string; expected: string; results: readonly ShapeResult[] }[],
): string {
  return markdownTable(
    ["answers drawn from", "should be", ...sizes.map((n) => `n = ${n}: divided / no shared view / A < 0`)],
    rows.map(({ name, expected, results }) => [
      name,
      expected,
      ...results.map((r) => `${percent(r.divided)} / ${percent(r.noSharedView)} / ${percent(r.negativeA)}`),
    ]),
  );
}
