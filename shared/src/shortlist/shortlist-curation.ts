// The mission team's edits to the retreat shortlist: accepted or dropped, its order, a note, statements added by hand.
import { z } from "zod";
import { StatementCode } from "../schemas/statement.ts";

/** One statement's place on the curated shortlist. */
export const ShortlistEntry = z.object({
  code: StatementCode,
  decision: z.enum(["accepted", "dropped"]),
  note: z.string().max(2000).default(""),
  /** Added by the mission team rather than flagged by the analysis. */
  addedByHand: z.boolean().default(false),
});
/** One statement's place on the curated shortlist. */
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

/** The curated shortlist as stored with the mission: entries in the team's order. */
export const ShortlistCuration = z
  .object({ entries: z.array(ShortlistEntry).max(300) })
  .refine((curation) => new Set(curation.entries.map((entry) => entry.code)).size === curation.entries.length, {
    message: "a statement may appear once on the shortlist",
  });
/** The curated shortlist as stored with the mission. */
export type ShortlistCuration = z.infer<typeof ShortlistCuration>;
