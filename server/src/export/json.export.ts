// JSON exports: the mission (without secrets) with its analysis and shortlist, as the shared schemas say.
import type { ResultsExport, ShortlistExport } from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";

/** The results of a mission as the JSON export. */
export function resultsToJson({ mission, analysis, shortlist }: MissionResults): ResultsExport {
  return {
    format: "peerpulse-results",
    version: 1,
    exportedAt: new Date().toISOString(),
    mission,
    analysis,
    shortlist,
  };
}

/** The curated shortlist alone as the JSON export. */
export function shortlistToJson({ mission, shortlist }: MissionResults): ShortlistExport {
  return { format: "peerpulse-shortlist", version: 1, exportedAt: new Date().toISOString(), mission, shortlist };
}
