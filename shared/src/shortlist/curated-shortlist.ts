// The shortlist the retreat works from: the analysis's flagged statements, as the mission team curated them.
import { z } from "zod";
import { buildShortlist, Flag, Gap, GroupFigures, type MissionAnalysis } from "../analysis/index.ts";
import type { ShortlistCuration, ShortlistEntry } from "./shortlist-curation.ts";

/** One statement of the curated shortlist with its figures. */
export const CuratedShortlistItem = z.object({
  code: z.string(),
  pillar: z.string(),
  decision: z.enum(["accepted", "dropped"]),
  note: z.string(),
  addedByHand: z.boolean(),
  /** Flags the analysis raised for it now (empty for a statement added by hand that raised none). */
  flags: z.array(Flag),
  everyone: GroupFigures,
  hct: GroupFigures.nullable(),
  others: GroupFigures.nullable(),
  hctGap: Gap.nullable(),
});
/** One statement of the curated shortlist. */
export type CuratedShortlistItem = z.infer<typeof CuratedShortlistItem>;

/** The curated shortlist grouped by pillar (the retreat's break-out groups), in the mission's pillar order. */
export const CuratedShortlist = z.object({
  pillars: z.array(z.object({ pillar: z.string(), items: z.array(CuratedShortlistItem) })),
});
/** The curated shortlist grouped by pillar. */
export type CuratedShortlist = z.infer<typeof CuratedShortlist>;

/**
 * Merges the curation with the analysis: curated statements keep the team's order, decisions and notes;
 * statements flagged since the last curation join at the end of their pillar as accepted. Dropped ones stay
 * in the list (marked) so the team can take them back; `acceptedOnly` removes them for exports.
 */
export function curatedShortlist(analysis: MissionAnalysis, curation: ShortlistCuration | null): CuratedShortlist {
  const flagged = buildShortlist(analysis).pillars.flatMap((group) => group.statements.map((item) => item.code));
  const entries: ShortlistEntry[] = [...(curation?.entries ?? [])];
  const known = new Set(entries.map((entry) => entry.code));
  for (const code of flagged)
    if (!known.has(code)) entries.push({ code, decision: "accepted", note: "", addedByHand: false });
  const allFlags = Object.values(analysis.flags).flat();
  const byCode = new Map(analysis.statements.map((statement) => [statement.code, statement]));
  const pillarOrder = [...new Set([...analysis.pillars, ...analysis.statements.map((statement) => statement.pillar)])];
  const pillars = pillarOrder.flatMap((pillar) => {
    const items = entries.flatMap((entry): CuratedShortlistItem[] => {
      const statement = byCode.get(entry.code);
      if (statement?.pillar !== pillar) return [];
      const { everyone, hct, others, hctGap } = statement;
      const flags = allFlags.filter((flag) => flag.code === entry.code);
      return [{ ...entry, pillar, flags, everyone, hct, others, hctGap }];
    });
    return items.length > 0 ? [{ pillar, items }] : [];
  });
  return { pillars };
}

/** The shortlist without the statements the team dropped: what exports and the report carry. */
export function acceptedOnly(shortlist: CuratedShortlist): CuratedShortlist {
  return {
    pillars: shortlist.pillars
      .map((group) => ({ ...group, items: group.items.filter((item) => item.decision === "accepted") }))
      .filter((group) => group.items.length > 0),
  };
}
