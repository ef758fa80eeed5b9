// The notes sheet of an XLSX: what the file is, what "withheld" means, and every column name with its meaning.
import { column, WITHHELD } from "../export-columns.ts";
import type { ExportView } from "../export-views.ts";
import type { ViewContext } from "./view-context.ts";
import type { Cell, ExportTable } from "./view-cells.ts";

/** The notes on `views`: facts about the export, then each sheet, then each column name once. */
export function notesTable({ mission, language }: ViewContext, views: readonly ExportView[]): ExportTable {
  const facts: Cell[][] = [
    ["mission", mission.title],
    ["country", mission.country],
    ["exported", new Date().toISOString()],
    ["language of the statements", language],
    ["anonymity minimum", `${mission.anonymityMinimum} respondents: a smaller group is never shown on its own`],
    [
      WITHHELD,
      "a group's figures are withheld when it is under the anonymity minimum, or when they could be worked out by subtraction from groups that are shown; withheld groups still count inside pooled groups such as everyone",
    ],
    ["points", "percentage points: the difference of two percentages (70 % − 20 % = 50 points)"],
  ];
  const sheets = views.map((view): Cell[] => [`sheet ${view.id}`, view.title]);
  // A name could only mean two things if a constituency were named like a fixed column; both meanings are then said.
  const meanings = new Map<string, string[]>();
  for (const { name, meaning } of views.flatMap((view) => view.columns)) {
    const known = meanings.get(name) ?? [];
    if (!known.includes(meaning)) meanings.set(name, [...known, meaning]);
  }
  const columns = [...meanings].map(([name, said]): Cell[] => [name, said.join("; or: ")]);
  return { columns: [column("term"), column("meaning")], rows: [...facts, ...sheets, ...columns] };
}
