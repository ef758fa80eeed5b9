// The tables every export shares (CSV, XLSX): one definition of each view, figures as numbers in the analysis' units.
//
// To add a view (say an action plan): write a function `(context: ViewContext) => ExportTable` in views/, give its
// columns names from export-columns.ts (add a glossary entry for a new name: one name, one meaning), and list it
// in `exportViews`. The writers (csv.export.ts, xlsx.export.ts) need no change: each column's kind decides how
// its cells are written.
import type { Language } from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";
import type { ExportColumn } from "./export-columns.ts";
import { constituenciesTable } from "./views/constituencies.view.ts";
import { flagsTable } from "./views/flags.view.ts";
import { hctTable } from "./views/hct.view.ts";
import { notesTable } from "./views/notes.view.ts";
import { shortlistTable } from "./views/shortlist.view.ts";
import { statementsTable } from "./views/statements.view.ts";
import type { Cell } from "./views/view-cells.ts";
import { viewContext } from "./views/view-context.ts";

export type { Cell } from "./views/view-cells.ts";

/** One table of an export: a CSV file, or a sheet of the XLSX. */
export interface ExportView {
  /** File-name and sheet-name friendly id (a sheet name: at most 31 characters, none of []:*?/\). */
  id: "shortlist" | "statements" | "constituencies" | "hct-vs-others" | "flags" | "notes" | "action-plan";
  /** What the table holds, in a sentence (listed on the notes sheet). */
  title: string;
  columns: ExportColumn[];
  /** One cell per column; shares as fractions (0.701), as the analysis gives them. */
  rows: Cell[][];
}

/** Every table of a mission's results, statement texts in `language` (the notes come with `notesView`). */
export function exportViews(results: MissionResults, language: Language): ExportView[] {
  const context = viewContext(results, language);
  const views: ExportView[] = [
    { id: "shortlist", title: "The retreat shortlist, as the mission team curated it", ...shortlistTable(context) },
    { id: "statements", title: "Every statement, all respondents pooled", ...statementsTable(context) },
    { id: "constituencies", title: "Every statement, constituency by constituency", ...constituenciesTable(context) },
    { id: "hct-vs-others", title: "The HCT against the other constituencies", ...hctTable(context) },
    { id: "flags", title: "The analysis's ranked lists", ...flagsTable(context) },
  ];
  return views;
}

/** The notes sheet that explains `views`: the XLSX's last sheet. */
export function notesView(results: MissionResults, language: Language, views: readonly ExportView[]): ExportView {
  const notes = notesTable(viewContext(results, language), views);
  return { id: "notes", title: "What this file holds and what each column means", ...notes };
}
