// CSV exports: UTF-8 with a BOM so Excel reads accents and Arabic, and no cell that a spreadsheet would run.
import { stringify } from "csv-stringify/sync";
import { csvCell } from "./column-kinds.ts";
import type { Cell, ExportView } from "./export-views.ts";

const BOM = "\uFEFF";

/**
 * A text cell starting with = + - @ (or a tab/CR) would run as a formula when a spreadsheet opens the CSV:
 * prefix it with an apostrophe. Only the CSV needs this: the XLSX says which cells are text (rule E10).
 */
export function neutralizeFormula(cell: Cell): Cell {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One view as a CSV file: the same column names as the XLSX sheet, shares in percent. */
export function viewToCsv(view: ExportView): string {
  const rows = view.rows.map((row) => row.map((cell, index) => neutralizeFormula(csvCell(view.columns[index]!, cell))));
  return BOM + stringify([view.columns.map((column) => column.name), ...rows]);
}
