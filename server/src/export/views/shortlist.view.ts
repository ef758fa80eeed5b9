// The shortlist sheet: the statements the mission team kept for the retreat, with their notes and figures.
import { acceptedOnly } from "@peerpulse/shared";
import { column, hctColumn, othersColumn } from "../export-columns.ts";
import type { ViewContext } from "./view-context.ts";
import { groupFigure, respondentsOf, rounded, yesNo, type Cell, type ExportTable } from "./view-cells.ts";

const COLUMNS = [
  column("pillar"),
  column("code"),
  column("statement"),
  column("note"),
  column("added by hand"),
  column("flags"),
  column("respondents"),
  column("ratings"),
  column("mean"),
  column("agree %"),
  column("disagree %"),
  column("net agreement %"),
  column("consensus"),
  hctColumn("mean"),
  othersColumn("mean"),
  column("HCT − others, mean"),
  column("mean gap beyond noise"),
];

/** The accepted statements of the curated shortlist, pillar by pillar in the team's order. */
export function shortlistTable({ shortlist, statementText, pillarName }: ViewContext): ExportTable {
  const rows = acceptedOnly(shortlist).pillars.flatMap((group) =>
    group.items.map((item): Cell[] => [
      pillarName(group.pillar),
      item.code,
      statementText(item.code),
      item.note,
      yesNo(item.addedByHand),
      item.flags.map((flag) => flag.reason).join(" | "),
      respondentsOf(item.everyone),
      groupFigure(item.everyone, (s) => s.n),
      groupFigure(item.everyone, (s) => s.mean),
      groupFigure(item.everyone, (s) => s.agree),
      groupFigure(item.everyone, (s) => s.disagree),
      groupFigure(item.everyone, (s) => s.netAgreement),
      groupFigure(item.everyone, (s) => s.consensus),
      groupFigure(item.hct, (s) => s.mean),
      groupFigure(item.others, (s) => s.mean),
      rounded(item.hctGap?.mean.gap),
      yesNo(item.hctGap?.mean.exceedsNoise),
    ]),
  );
  return { columns: COLUMNS, rows };
}
