// The flags sheet: the analysis's ranked lists (most positive, negative, divided, divergent, common ground).
import { flagLabel } from "@peerpulse/shared";
import { column } from "../export-columns.ts";
import type { ViewContext } from "./view-context.ts";
import type { Cell, ExportTable } from "./view-cells.ts";

const COLUMNS = [
  column("list"),
  column("rank"),
  column("pillar"),
  column("code"),
  column("statement"),
  column("reason"),
];

/** Every list's entries, list after list, in rank order. */
export function flagsTable({ analysis, statementText, pillarName }: ViewContext): ExportTable {
  const rows = Object.values(analysis.flags)
    .flat()
    .map((flag): Cell[] => [
      flagLabel(flag),
      flag.rank,
      pillarName(flag.pillar),
      flag.code,
      statementText(flag.code),
      flag.reason,
    ]);
  return { columns: COLUMNS, rows };
}
