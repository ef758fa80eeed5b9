// The action plan's files: CSV (one table) and XLSX (the plan and a notes sheet), through the shared writers.
import type { ActionPlan, Language, Mission, Workshop } from "@peerpulse/shared";
import { PLAN_COLUMNS } from "./action-plan-columns.ts";
import { viewToCsv } from "./csv.export.ts";
import { column } from "./export-columns.ts";
import { slug, type ExportFile } from "./export-file.ts";
import type { ExportView } from "./export-views.ts";
import { actionPlanTable } from "./views/action-plan.view.ts";
import { viewsToXlsx } from "./xlsx.export.ts";

/** The action plan as a file; `language` sets the XLSX's direction. */
export async function buildActionPlanExport(
  plan: ActionPlan,
  mission: Mission,
  workshops: readonly Workshop[],
  format: "csv" | "xlsx",
  language: Language,
): Promise<ExportFile> {
  const view: ExportView = {
    id: "action-plan",
    title: "The HCT Action Plan, one row per action",
    ...actionPlanTable(plan, mission, workshops),
  };
  const fileName = `${slug(mission.title)}-action-plan.${format}`;
  if (format === "csv") return { fileName, contentType: "text/csv; charset=utf-8", body: viewToCsv(view) };
  const notes: ExportView = {
    id: "notes",
    title: "What this file holds and what each column means",
    columns: [column("term"), column("meaning")],
    rows: [
      ["mission", mission.title],
      ["country", mission.country],
      ["exported", new Date().toISOString()],
      [`sheet ${view.id}`, view.title],
      ...PLAN_COLUMNS.map((planColumn) => [planColumn.name, planColumn.meaning]),
    ],
  };
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await viewsToXlsx([view, notes], language),
  };
}
