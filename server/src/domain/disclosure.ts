// Feeds the disclosure decision a mission's structure and each statement's respondents per workshop.
import {
  respondents,
  statementDisclosure,
  type Mission,
  type StatementDisclosure,
  type Workshop,
} from "@peerpulse/shared";
import type { RawWorkshopTally } from "./store.ts";

/** The raw counts of each workshop of a mission that has any, by workshop id. Stays on the server. */
export type RawByWorkshop = Map<string, { constituencyId: string; tally: RawWorkshopTally }>;

/** A mission's verdicts for every published cell, by statement code. */
export type MissionDisclosure = Record<string, StatementDisclosure>;

/**
 * Decides every cell of every statement of `mission` once (rules W1–W4): the workshops are the smallest units,
 * an open workshop counts as shown live, and each workshop's respondents on a statement are its ratings plus
 * "don't know". Every route, event, export and the report take their verdicts from here.
 */
export function missionDisclosure(
  mission: Mission,
  workshops: readonly Workshop[],
  raw: RawByWorkshop,
): MissionDisclosure {
  const structure = {
    constituencies: mission.constituencies,
    workshops: workshops.map((w) => ({ id: w.id, constituencyId: w.constituencyId, live: w.status === "open" })),
  };
  const decided: MissionDisclosure = {};
  for (const statement of mission.statements) {
    const sizes: Record<string, number> = {};
    for (const [workshopId, { tally }] of raw) {
      const counts = tally.statements[statement.code];
      sizes[workshopId] = counts ? respondents(counts) : 0;
    }
    decided[statement.code] = statementDisclosure(structure, sizes, mission.anonymityMinimum);
  }
  return decided;
}
