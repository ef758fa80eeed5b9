// XLSX exports: one sheet per view, figures as numbers, right to left when the export is in Arabic.
import { RIGHT_TO_LEFT, type Language } from "@peerpulse/shared";
import { neutralizeFormula } from "./csv.export.ts";
import type { ExportView } from "./export-views.ts";

/** A workbook with one sheet per view. */
export async function viewsToXlsx(title: string, views: readonly ExportView[], language: Language): Promise<Buffer> {
  // Loaded on the first spreadsheet export, not at start: exceljs adds ~8 MB of heap (~29 MB RSS) to every server
  // process, which each of its garbage collections then marks, for a file asked for a few times per mission.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "peerpulse";
  workbook.title = title;
  for (const view of views) {
    const sheet = workbook.addWorksheet(view.id, {
      views: [{ rightToLeft: RIGHT_TO_LEFT.has(language), state: "frozen", ySplit: 1 }],
    });
    sheet.addRow(view.columns).font = { bold: true };
    for (const row of view.rows) sheet.addRow(row.map(neutralizeFormula));
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(60, Math.max(10, (view.columns[index]?.length ?? 8) + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
