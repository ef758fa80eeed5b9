// XLSX exports: one sheet per view, figures as numbers with their formats, header frozen, right to left in Arabic.
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from "write-excel-file/node";
import { RIGHT_TO_LEFT, type Language } from "@peerpulse/shared";
import { layoutOf, xlsxNumber } from "./column-kinds.ts";
import type { ExportColumn } from "./export-columns.ts";
import type { Cell, ExportView } from "./export-views.ts";
import { xmlSafeText } from "./xml-safe-text.ts";

/** Long headers wrap onto a few lines rather than widen a figure column past this. */
const HEADER_WORD_LIMIT = 24;

function widthOf(column: ExportColumn): number {
  const longestWord = Math.max(...column.name.split(/\s+/).map((word) => word.length));
  return Math.max(layoutOf(column).width, Math.min(HEADER_WORD_LIMIT, longestWord + 2));
}

/**
 * A cell as written: text is always a string cell (a shared string, never a formula, so "=1+1" stays text
 * without the CSV's apostrophe: rule E10) and loses the characters XML 1.0 forbids (rule X7).
 */
function xlsxCell(column: ExportColumn, cell: Cell): XlsxCell {
  if (cell === null) return null;
  const layout = layoutOf(column);
  if (typeof cell === "number")
    return { type: Number, value: xlsxNumber(column, cell), format: layout.numberFormat, alignVertical: "top" };
  return { type: String, value: xmlSafeText(cell), wrap: layout.wrap, alignVertical: "top" };
}

function sheetOf(view: ExportView, language: Language): Sheet<Buffer> {
  const header: XlsxCell[] = view.columns.map((column) => ({
    type: String,
    value: xmlSafeText(column.name),
    fontWeight: "bold",
    wrap: true,
    alignVertical: "top",
  }));
  const rows = view.rows.map((row) => row.map((cell, index) => xlsxCell(view.columns[index]!, cell)));
  return {
    sheet: view.id,
    data: [header, ...rows],
    columns: view.columns.map((column) => ({ width: widthOf(column) })),
    stickyRowsCount: 1,
    rightToLeft: RIGHT_TO_LEFT.has(language),
  };
}

/** A workbook with one sheet per view, in order. */
export async function viewsToXlsx(views: readonly ExportView[], language: Language): Promise<Buffer> {
  return writeXlsxFile(views.map((view) => sheetOf(view, language))).toBuffer();
}
