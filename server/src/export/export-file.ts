// Chooses the file for an export request: which view, which format, and its name.
import type { Language } from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";
import { viewToCsv } from "./csv.export.ts";
import { exportViews, notesView, type ExportView } from "./export-views.ts";
import { resultsToJson, shortlistToJson } from "./json.export.ts";
import { viewsToXlsx } from "./xlsx.export.ts";

/** Which part of the results: the shortlist alone, or every view. */
export type ExportScope = "shortlist" | "results";
export type ExportFormat = "csv" | "xlsx" | "json";

/** A file ready to send. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** A file-name friendly form of a title. */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase()
      .slice(0, 60) || "mission"
  );
}

/**
 * Builds an export. CSV holds one table, so the results scope as CSV is the statements view (every
 * statement and its figures); XLSX holds every view, one sheet each, and a notes sheet defining every column;
 * JSON holds the whole analysis.
 */
export async function buildExport(
  results: MissionResults,
  scope: ExportScope,
  format: ExportFormat,
  language: Language,
): Promise<ExportFile> {
  const views = exportViews(results, language);
  const chosen: ExportView[] = scope === "shortlist" ? views.filter((view) => view.id === "shortlist") : views;
  const fileName = `${slug(results.mission.title)}-${scope}.${format}`;
  switch (format) {
    case "csv":
      return {
        fileName,
        contentType: CONTENT_TYPES.csv,
        body: viewToCsv(chosen.find((view) => view.id === (scope === "shortlist" ? "shortlist" : "statements"))!),
      };
    case "xlsx":
      return {
        fileName,
        contentType: CONTENT_TYPES.xlsx,
        body: await viewsToXlsx([...chosen, notesView(results, language, chosen)], language),
      };
    case "json": {
      const json = scope === "shortlist" ? shortlistToJson(results) : resultsToJson(results);
      return { fileName, contentType: CONTENT_TYPES.json, body: JSON.stringify(json) };
    }
  }
}
