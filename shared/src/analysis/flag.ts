// A flag: one entry of a ranked list, with its reason, and how candidates are ranked into a list.
import { z } from "zod";

/**
 * The lists a statement can be flagged in: most positive, most negative, divided (two opposed camps), no
 * shared view (answers scattered across the scale), divergent (the HCT or the constituencies apart), common ground.
 */
export const FlagKind = z.enum(["positive", "negative", "divided", "no-shared-view", "divergent", "common-ground"]);
/** A list a statement can be flagged in. */
export type FlagKind = z.infer<typeof FlagKind>;

/** One entry of a ranked list. */
export const Flag = z.object({
  /** The list. */
  kind: FlagKind,
  /** The statement's code. */
  code: z.string(),
  /** Its pillar's id. */
  pillar: z.string(),
  /** Place in the list, from 1. */
  rank: z.number().int(),
  /** For divergent entries, who differs: the HCT from the others, or the constituencies among themselves. */
  between: z.enum(["hct-and-others", "constituencies"]).nullable(),
  /** The reason in words and figures. */
  reason: z.string(),
});
/** One entry of a ranked list. */
export type Flag = z.infer<typeof Flag>;

/** A candidate for a list: higher `score` ranks first; ties keep the order given. */
export interface Candidate {
  /** The statement's code. */
  code: string;
  /** Its pillar's id. */
  pillar: string;
  /** What the list is ranked by. */
  score: number;
  /** The reason in words and figures. */
  reason: string;
  /** For divergent entries, who differs. */
  between?: Flag["between"];
}

/** The `length` best candidates as a ranked list of `kind`. */
export function rankFlags(kind: FlagKind, candidates: Candidate[], length: number): Flag[] {
  return candidates
    .map((candidate, order) => ({ ...candidate, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, length)
    .map(({ code, pillar, reason, between }, index) => ({
      kind,
      code,
      pillar,
      rank: index + 1,
      between: between ?? null,
      reason,
    }));
}

/** Each list's name in plain words, as the screens, exports and report show it. */
const LABELS: Record<FlagKind, string> = {
  positive: "Most positive",
  negative: "Most negative",
  divided: "Divided: two camps",
  "no-shared-view": "No shared view",
  divergent: "Divergent",
  "common-ground": "Common ground",
};

/** A flag's list in plain words: "Most positive", "Divided: two camps", "HCT apart", "Constituencies apart", … */
export function flagLabel(flag: Pick<Flag, "kind" | "between">): string {
  if (flag.kind === "divergent" && flag.between)
    return flag.between === "hct-and-others" ? "HCT apart" : "Constituencies apart";
  return LABELS[flag.kind];
}
