// CSV exports: UTF-8 with a BOM so Excel reads accents and Arabic, and no cell that a spreadsheet would run.
import { stringify } from "csv-stringify/sync";
import type { Cell, ExportView } from "./export-views.ts";

const BOM = "\uFEFF";

/** A text cell starting with = + - @ (or a tab/CR) would run as a formula in Excel: prefix it with an apostrophe. */
export function neutralizeFormula(cell: Cell): Cell {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One view as a CSV file. */
export function viewToCsv(view: ExportView): string {
  return BOM + stringify([view.columns, ...view.rows.map((row) => row.map(neutralizeFormula))]);
}
