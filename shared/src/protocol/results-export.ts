// The JSON results file: the mission (no secrets), its analysis and the curated shortlist.
import { z } from "zod";
import { MissionAnalysis } from "../analysis/index.ts";
import { Mission } from "../schemas/mission.ts";
import { CuratedShortlist } from "../shortlist/index.ts";

/** The JSON results export, readable back with this schema. */
export const ResultsExport = z.object({
  format: z.literal("peerpulse-results"),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  mission: Mission,
  analysis: MissionAnalysis,
  shortlist: CuratedShortlist,
});
/** The JSON results export. */
export type ResultsExport = z.infer<typeof ResultsExport>;

/** The JSON shortlist export: the mission and the curated shortlist alone. */
export const ShortlistExport = z.object({
  format: z.literal("peerpulse-shortlist"),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  mission: Mission,
  shortlist: CuratedShortlist,
});
/** The JSON shortlist export. */
export type ShortlistExport = z.infer<typeof ShortlistExport>;
