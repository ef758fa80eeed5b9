// What every section of the report reads: the results, the workshops, the words and figure format of one language.
import { RIGHT_TO_LEFT, textIn, type Language, type Workshop } from "@peerpulse/shared";
import type { MissionResults } from "../../domain/analysis.service.ts";
import { escapeHtml } from "../html-escape.ts";
import { reportMessages, type ReportMessages } from "./messages/report-messages.ts";
import { figureFormat, type FigureFormat } from "./report-format.ts";

/** One report being written. */
export interface ReportContext {
  results: MissionResults;
  workshops: readonly Workshop[];
  language: Language;
  dir: "ltr" | "rtl";
  /** The report's words in its language. */
  m: ReportMessages;
  /** Figures as the language writes them, isolated left to right. */
  f: FigureFormat;
  /** The day the report is made, ISO (YYYY-MM-DD). */
  madeOn: string;
  /**
   * A text the mission wrote (a statement, a pillar, a name, a note) as HTML: escaped, and in its own direction
   * (`dir="auto"`), so a French statement in the Arabic report or an Arabic one in English reads as written.
   */
  written: (text: string) => string;
  /** The statement's text in the report's language, as `written` HTML. */
  statement: (code: string) => string;
  /** The pillar's name in the report's language, as `written` HTML. */
  pillar: (id: string) => string;
  /** The constituency's name, as `written` HTML. */
  constituency: (id: string) => string;
}

/** The context of a report of `results` in `language`. */
export function reportContext(
  results: MissionResults,
  workshops: readonly Workshop[],
  language: Language,
  madeOn = new Date().toISOString().slice(0, 10),
): ReportContext {
  const { mission } = results;
  const written = (text: string) => `<bdi dir="auto">${escapeHtml(text)}</bdi>`;
  const statements = new Map(mission.statements.map((s) => [s.code, textIn(s.text, language)]));
  const pillars = new Map(mission.pillars.map((p) => [p.id, textIn(p.name, language)]));
  const constituencies = new Map(mission.constituencies.map((c) => [c.id, c.name]));
  return {
    results,
    workshops,
    language,
    dir: RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr",
    m: reportMessages(language),
    f: figureFormat(language),
    madeOn,
    written,
    statement: (code) => written(statements.get(code) ?? ""),
    pillar: (id) => written(pillars.get(id) ?? id),
    constituency: (id) => written(constituencies.get(id) ?? ""),
  };
}
