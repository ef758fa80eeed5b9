// The tables every export shares (CSV, XLSX, JSON rows): one definition of each view, figures as numbers.
import { flagLabel, textIn, type GroupFigures, type Language, type Summary } from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";
import { acceptedOnly } from "@peerpulse/shared";

/** A cell: figures stay numbers so spreadsheets can compute with them; withheld cells are empty. */
export type Cell = string | number | null;

/** One table of an export. */
export interface ExportView {
  /** File-name and sheet-name friendly id. */
  id: "shortlist" | "statements" | "constituencies" | "hct-vs-others" | "flags";
  title: string;
  columns: string[];
  rows: Cell[][];
}

const SUPPRESSED = "suppressed (n < minimum)";

function round(value: number | null | undefined, digits = 3): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
}

function figures(group: GroupFigures | null): Summary | null {
  return group && !group.suppressed ? group.summary : null;
}

function summaryCells(group: GroupFigures | null): Cell[] {
  if (!group) return [null, null, null, null, null, null];
  if (group.suppressed) return [group.respondents, SUPPRESSED, null, null, null, null];
  const s = group.summary;
  return [s.n, round(s.mean), round(s.agree), round(s.disagree), round(s.netAgreement), round(s.consensus)];
}

/** Builds every view of a mission's results, statement texts in `language`. */
export function exportViews(results: MissionResults, language: Language): ExportView[] {
  const { mission, analysis, shortlist } = results;
  const text = new Map(mission.statements.map((statement) => [statement.code, textIn(statement.text, language)]));
  const pillarName = new Map(mission.pillars.map((pillar) => [pillar.id, textIn(pillar.name, language)]));
  const hct = mission.constituencies.some((constituency) => constituency.isHct);

  const shortlistView: ExportView = {
    id: "shortlist",
    title: "Retreat shortlist",
    columns: [
      "pillar",
      "code",
      "statement",
      "note",
      "added by hand",
      "flags",
      "n",
      "mean",
      "agree",
      "disagree",
      "net agreement",
      "consensus",
      "HCT mean",
      "others mean",
      "HCT − others (mean)",
      "gap exceeds noise",
    ],
    rows: acceptedOnly(shortlist).pillars.flatMap((group) =>
      group.items.map((item) => [
        pillarName.get(group.pillar) ?? group.pillar,
        item.code,
        text.get(item.code) ?? "",
        item.note,
        item.addedByHand ? "yes" : "no",
        item.flags.map((flag) => flag.reason).join(" | "),
        ...summaryCells(item.everyone),
        round(figures(item.hct)?.mean),
        round(figures(item.others)?.mean),
        round(item.hctGap?.mean.gap),
        item.hctGap ? (item.hctGap.mean.exceedsNoise ? "yes" : "no") : null,
      ]),
    ),
  };

  const statementColumns = [
    "pillar",
    "code",
    "statement",
    "n",
    "don't know",
    "mean",
    "median",
    "sd",
    "agree",
    "neutral",
    "disagree",
    "net agreement",
    "consensus",
    "dissent",
    "agreement A",
    "Leik dispersion",
    "mean 95% low",
    "mean 95% high",
  ];
  const statementsView: ExportView = {
    id: "statements",
    title: "All statements, everyone pooled",
    columns: statementColumns,
    rows: analysis.statements.map((statement) => {
      const s = figures(statement.everyone);
      const head: Cell[] = [
        pillarName.get(statement.pillar) ?? statement.pillar,
        statement.code,
        text.get(statement.code) ?? "",
      ];
      if (!s)
        return [
          ...head,
          statement.everyone.respondents,
          SUPPRESSED,
          ...new Array<Cell>(statementColumns.length - head.length - 2).fill(null),
        ];
      return [
        ...head,
        s.n,
        s.dontKnow,
        round(s.mean),
        round(s.median),
        round(s.sd),
        round(s.agree),
        round(s.neutral),
        round(s.disagree),
        round(s.netAgreement),
        round(s.consensus),
        round(s.dissent),
        round(s.agreementA),
        round(s.leikDispersion),
        round(s.intervals.mean?.low),
        round(s.intervals.mean?.high),
      ];
    }),
  };

  const constituenciesView: ExportView = {
    id: "constituencies",
    title: "Net agreement by constituency",
    columns: [
      "code",
      "statement",
      ...mission.constituencies.flatMap((constituency) => [
        `${constituency.name} n`,
        `${constituency.name} net agreement`,
        `${constituency.name} mean`,
      ]),
    ],
    rows: analysis.statements.map((statement) => [
      statement.code,
      text.get(statement.code) ?? "",
      ...mission.constituencies.flatMap((constituency): Cell[] => {
        const group = statement.constituencies[constituency.id] ?? null;
        if (!group) return [0, null, null];
        if (group.suppressed) return [group.respondents, SUPPRESSED, null];
        return [group.summary.n, round(group.summary.netAgreement), round(group.summary.mean)];
      }),
    ]),
  };

  // "Exceeds noise" judges one statement on its own; a flag allows for every statement of the mission.
  const hctApart = new Set(
    analysis.flags.mostDivergent.filter((flag) => flag.between === "hct-and-others").map((flag) => flag.code),
  );
  const hctView: ExportView = {
    id: "hct-vs-others",
    title: "The HCT against the other constituencies",
    columns: [
      "code",
      "statement",
      "HCT n",
      "HCT mean",
      "HCT net agreement",
      "others n",
      "others mean",
      "others net agreement",
      "gap in mean",
      "gap in net agreement",
      "mean gap exceeds noise",
      "net gap exceeds noise",
      "listed as HCT apart",
    ],
    rows: hct
      ? analysis.statements.map((statement) => {
          const [h, o] = [statement.hct, statement.others];
          return [
            statement.code,
            text.get(statement.code) ?? "",
            h?.respondents ?? 0,
            figures(h) ? round(figures(h)?.mean) : SUPPRESSED,
            round(figures(h)?.netAgreement),
            o?.respondents ?? 0,
            figures(o) ? round(figures(o)?.mean) : SUPPRESSED,
            round(figures(o)?.netAgreement),
            round(statement.hctGap?.mean.gap),
            round(statement.hctGap?.netAgreement.gap),
            statement.hctGap ? (statement.hctGap.mean.exceedsNoise ? "yes" : "no") : null,
            statement.hctGap ? (statement.hctGap.netAgreement.exceedsNoise ? "yes" : "no") : null,
            hctApart.has(statement.code) ? "yes" : "no",
          ];
        })
      : [],
  };

  const flagsView: ExportView = {
    id: "flags",
    title: "Ranked lists",
    columns: ["list", "rank", "pillar", "code", "statement", "reason"],
    rows: Object.values(analysis.flags)
      .flat()
      .map((flag) => [
        flagLabel(flag),
        flag.rank,
        pillarName.get(flag.pillar) ?? flag.pillar,
        flag.code,
        text.get(flag.code) ?? "",
        flag.reason,
      ]),
  };

  return [shortlistView, statementsView, constituenciesView, hctView, flagsView];
}
