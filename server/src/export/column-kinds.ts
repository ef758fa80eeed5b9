// How each kind of column is written to a file: CSV scaling, and the XLSX's number format and width.
import type { ColumnKind, ExportColumn } from "./export-columns.ts";
import type { Cell } from "./views/view-cells.ts";

interface KindLayout {
  /** Excel number format of the column's numbers (the CSV has none). */
  numberFormat?: string;
  /** Width in characters. */
  width: number;
  /** Wrap long text inside the cell. */
  wrap?: boolean;
}

const LAYOUT: Record<ColumnKind, KindLayout> = {
  code: { width: 8 },
  text: { width: 18, wrap: true },
  "long-text": { width: 60, wrap: true },
  count: { numberFormat: "0", width: 11 },
  scale: { numberFormat: "0.00", width: 10 },
  index: { numberFormat: "0.00", width: 11 },
  share: { numberFormat: "0%", width: 11 },
  points: { numberFormat: "0", width: 14 },
  "yes-no": { width: 11 },
};

/** Where a column's layout comes from. */
export function layoutOf(column: ExportColumn): KindLayout {
  return LAYOUT[column.kind];
}

const hundredfold = (value: number): number => Number((value * 100).toFixed(1));

/** A cell as the CSV writes it: shares in percent and gaps in percentage points (0.701 → 70.1). */
export function csvCell(column: ExportColumn, cell: Cell): Cell {
  return typeof cell === "number" && (column.kind === "share" || column.kind === "points") ? hundredfold(cell) : cell;
}

/** A number as the XLSX holds it: shares stay fractions (the 0% format shows 70 %), gaps become points. */
export function xlsxNumber(column: ExportColumn, value: number): number {
  return column.kind === "points" ? hundredfold(value) : value;
}
