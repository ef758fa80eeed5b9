// What every export view reads: the mission's results and its texts in the export's language.
import { textIn, type Language } from "@peerpulse/shared";
import type { MissionResults } from "../../domain/analysis.service.ts";

/** The results of a mission, with statement texts and pillar names looked up in one language. */
export interface ViewContext extends MissionResults {
  language: Language;
  /** The statement's text in the export's language ("" for an unknown code). */
  statementText: (code: string) => string;
  /** The pillar's name in the export's language (its id when unknown). */
  pillarName: (id: string) => string;
}

/** The context of an export of `results` in `language`. */
export function viewContext(results: MissionResults, language: Language): ViewContext {
  const texts = new Map(results.mission.statements.map((s) => [s.code, textIn(s.text, language)]));
  const pillars = new Map(results.mission.pillars.map((p) => [p.id, textIn(p.name, language)]));
  return {
    ...results,
    language,
    statementText: (code) => texts.get(code) ?? "",
    pillarName: (id) => pillars.get(id) ?? id,
  };
}
