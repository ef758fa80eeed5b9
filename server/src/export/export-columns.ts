// The columns of the CSV and XLSX exports: one name, one meaning, one unit, wherever the name appears.

/**
 * How a column's cells are written. `share` cells hold a fraction (0.701) from the analysis: the XLSX keeps the
 * fraction and formats it as a percentage (70 %), the CSV writes percent (70.1). `points` cells hold a difference
 * of two shares (0.5): both files write percentage points (50). Every other kind is written as it is.
 */
export type ColumnKind = "code" | "text" | "long-text" | "count" | "scale" | "index" | "share" | "points" | "yes-no";

/** One column of an export table. */
export interface ExportColumn {
  /** The header, in English in every language: scripts and formulas refer to it. */
  name: string;
  kind: ColumnKind;
  /** What the column holds, for the XLSX notes sheet and docs/api.md ("Export columns"). */
  meaning: string;
}

type Definition = Omit<ExportColumn, "name">;

/** Every column name an export may use, with its meaning. A group's columns prefix these with the group's name. */
export const GLOSSARY = {
  pillar: { kind: "text", meaning: "the statement's pillar (theme of the questionnaire)" },
  code: { kind: "code", meaning: "the statement's code" },
  statement: { kind: "long-text", meaning: "the statement, in the language of the export" },
  note: { kind: "long-text", meaning: "the mission team's note on the shortlisted statement" },
  "added by hand": {
    kind: "yes-no",
    meaning: "yes when the mission team put the statement on the shortlist although no list flagged it",
  },
  flags: {
    kind: "long-text",
    meaning: "why the analysis flagged the statement, one reason per list, separated by a vertical bar",
  },
  figures: {
    kind: "text",
    meaning:
      "shown, or withheld: the group is under the mission's anonymity minimum, or could be worked out by subtraction from groups that are shown; a withheld group's figures read \"withheld\"",
  },
  respondents: {
    kind: "count",
    meaning: 'people who answered the statement, "don\'t know" included',
  },
  ratings: {
    kind: "count",
    meaning: 'answers on the scale ("don\'t know" left out): the base of every mean, share and interval',
  },
  "don't know": { kind: "count", meaning: '"don\'t know" answers, counted apart from the scale' },
  mean: { kind: "scale", meaning: "mean scale point, from 1 (most disagreeing) to the scale's last point" },
  median: { kind: "scale", meaning: "interpolated median, on the same scale as the mean" },
  sd: { kind: "scale", meaning: "standard deviation of the ratings, in scale points" },
  "mean 95% low": { kind: "scale", meaning: "lower end of the 95% interval of the mean (Student's t)" },
  "mean 95% high": { kind: "scale", meaning: "upper end of the 95% interval of the mean (Student's t)" },
  "agree %": { kind: "share", meaning: "share of ratings above the middle of the scale" },
  "neutral %": { kind: "share", meaning: "share of ratings at the middle point (0 on a scale without one)" },
  "disagree %": { kind: "share", meaning: "share of ratings below the middle of the scale" },
  "net agreement %": { kind: "share", meaning: "agree % minus disagree %, from −100 to 100" },
  consensus: {
    kind: "index",
    meaning: "Tastle and Wierman's consensus, from 0 (split between the two extremes) to 1 (everyone alike)",
  },
  dissent: { kind: "index", meaning: "1 − consensus" },
  "agreement A": { kind: "index", meaning: "van der Eijk's agreement A, from −1 (polarised) to 1 (unanimous)" },
  "Leik dispersion": { kind: "index", meaning: "Leik's ordinal dispersion, from 0 (all alike) to 1 (polarised)" },
  "HCT − others, mean": {
    kind: "scale",
    meaning: "the HCT's mean minus the other constituencies' mean, in scale points",
  },
  "HCT − others, net agreement (points)": {
    kind: "points",
    meaning: "the HCT's net agreement % minus the other constituencies', in percentage points",
  },
  "mean gap beyond noise": {
    kind: "yes-no",
    meaning: "yes when the 95% interval of the gap in mean leaves out zero: larger than chance alone would make it",
  },
  "net agreement gap beyond noise": {
    kind: "yes-no",
    meaning: "yes when the 95% interval of the gap in net agreement leaves out zero",
  },
  "listed as HCT apart": {
    kind: "yes-no",
    meaning:
      "yes when the analysis lists the statement as HCT apart, a judgement that allows for every statement of the mission (a gap beyond noise judges one statement on its own)",
  },
  list: {
    kind: "text",
    meaning:
      "the list in plain words: Most positive, Most negative, Divided: two camps, No shared view, HCT apart, Constituencies apart or Common ground",
  },
  rank: { kind: "count", meaning: "place in the list, from 1" },
  reason: { kind: "long-text", meaning: "why the statement is in the list, in words and figures" },
  term: { kind: "text", meaning: "a sheet, a column name or a fact about the export" },
  meaning: { kind: "long-text", meaning: "what the term means" },
} as const satisfies Record<string, Definition>;

/** A column name defined in the glossary. */
export type ColumnName = keyof typeof GLOSSARY;

/** The column `name`, with its glossary meaning. */
export function column(name: ColumnName): ExportColumn {
  return { name, ...GLOSSARY[name] };
}

/**
 * One group's column (a constituency, the HCT, the others): the glossary's `name` for that group alone, named
 * "`prefix` `name`"; `who` says in words who the group is.
 */
export function groupColumn(prefix: string, name: ColumnName, who = `${prefix} only`): ExportColumn {
  const { kind, meaning } = GLOSSARY[name];
  return { name: `${prefix} ${name}`, kind, meaning: `${who}: ${meaning}` };
}

/** Written in a withheld group's figure cells; the `figures` column (or the notes) says why. */
export const WITHHELD = "withheld";

/** A column of the HCT pooled (every constituency marked as the HCT), as the analysis page names it. */
export function hctColumn(name: ColumnName): ExportColumn {
  return groupColumn("HCT pooled", name, "the constituencies marked as the HCT, pooled");
}

/** A column of the other constituencies pooled, as the analysis page names it. */
export function othersColumn(name: ColumnName): ExportColumn {
  return groupColumn("others pooled", name, "every constituency but the HCT, pooled");
}
