// The comparison of rounds' calibration: simulated follow-ups through `compareRounds`, as a Markdown table.
import type { OtherConstituencies } from "./experiments.ts";
import { runRounds, type RoundsResult, type RoundsShape } from "./rounds.ts";
import type { StatementModel } from "./simulated-mission.ts";
import { markdownTable, percent, shareWithInterval } from "./tables.ts";

/** Planted changes between rounds, in points on five: 0 is a follow-up in which nothing moved. */
export const ROUND_CHANGES = [0, 0.5, 0.75, 1, 1.25, 1.5];

/** What the rounds experiment needs. */
export interface RoundsRun {
  seed: number;
  statements: number;
  /** Planted statements per mission (half improving, half worsening). */
  planted: number;
  nullMissions: number;
  powerMissions: number;
  model: StatementModel;
}

function shapeLabel(shape: RoundsShape): string {
  return `HCT ${shape.hct}, others ${shape.others.map((o) => o.size).join(" + ")}`;
}

/** The follow-up of the mission, and one with two-thirds of the people. */
export function roundShapes(hct: number, others: OtherConstituencies): RoundsShape[] {
  const smaller = (size: number) => Math.max(2, Math.round((size * 2) / 3));
  return [
    { hct, others },
    { hct: smaller(hct), others: others.map((other) => ({ ...other, size: smaller(other.size) })) },
  ];
}

function cell(result: RoundsResult, change: number): string {
  const falseRate = percent(result.falseShare / result.missions);
  if (change === 0) return `any false ${shareWithInterval(result.anyFalse, result.missions)}`;
  return (
    `found ${percent(result.found / result.planted)}, exact ${percent(result.exact / result.missions)}, ` +
    `any false ${percent(result.anyFalse / result.missions)}, FDR ${falseRate}`
  );
}

/** Runs every cell and returns the table. */
export function roundsTable(run: RoundsRun, shapes: readonly RoundsShape[], progress: (what: string) => void): string {
  const rows = shapes.map((shape) => {
    progress(`rounds, ${shapeLabel(shape)}`);
    return [
      shapeLabel(shape),
      ...ROUND_CHANGES.map((change) =>
        cell(
          runRounds(
            run.seed,
            change === 0 ? run.nullMissions : run.powerMissions,
            shape,
            run.statements,
            change === 0 ? 0 : run.planted,
            change,
            run.model,
          ),
          change,
        ),
      ),
    ];
  });
  return markdownTable(
    ["each round", ...ROUND_CHANGES.map((change) => (change === 0 ? "nothing moved" : `${change} points`))],
    rows,
  );
}
