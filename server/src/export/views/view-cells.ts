// Cells shared by the export views: figures rounded for files, withheld groups marked, yes/no in words.
import type { GroupFigures, Summary } from "@peerpulse/shared";
import { WITHHELD, type ExportColumn } from "../export-columns.ts";

/** A cell: figures stay numbers so spreadsheets can compute with them; an empty cell is null. */
export type Cell = string | number | null;

/** A figure rounded for a file (three decimals: 0.701 is 70.1 %), or empty when there is none. */
export function rounded(value: number | null | undefined, digits = 3): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
}

/** "yes" / "no", or empty when the question does not arise. */
export function yesNo(value: boolean | null | undefined): Cell {
  return value === null || value === undefined ? null : value ? "yes" : "no";
}

/** The summary of a group that is shown, else null. */
export function shown(group: GroupFigures | null | undefined): Summary | null {
  return group && !group.suppressed ? group.summary : null;
}

/** The `figures` column: whether a group's figures are shown, and why not. */
export function figuresStatus(group: GroupFigures | null | undefined): Cell {
  if (!group) return null;
  if (!group.suppressed) return "shown";
  return group.reason === "below-minimum"
    ? "withheld: fewer respondents than the anonymity minimum"
    : "withheld: could be worked out by subtraction";
}

/**
 * One figure of a group: the value `pick` takes from its summary, "withheld" when the group is withheld, empty
 * when the group does not exist (a mission without an HCT).
 */
export function groupFigure(group: GroupFigures | null | undefined, pick: (summary: Summary) => number | null): Cell {
  if (!group) return null;
  return group.suppressed ? WITHHELD : rounded(pick(group.summary));
}

/** A group's respondents: shown even when its figures are withheld (the analysis publishes that count). */
export function respondentsOf(group: GroupFigures | null | undefined): Cell {
  return group ? group.respondents : null;
}

/** A table of an export: its columns and rows of cells, one per column. */
export interface ExportTable {
  columns: ExportColumn[];
  rows: Cell[][];
}
