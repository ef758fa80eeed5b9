// Checks that what a break-out priority or a plan item refers to belongs to the mission: statements and pillars.
import type { Mission } from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";

/** Refuses a statement code that is not one of the mission's (`statement_unknown`). */
export function checkStatementCodes(mission: Mission, codes: readonly string[]): void {
  const known = new Set(mission.statements.map((statement) => statement.code));
  const unknown = codes.find((code) => !known.has(code));
  if (unknown !== undefined) throw new DomainError("statement_unknown", `this mission has no statement ${unknown}`);
}

/** Refuses a pillar id that is not one of the mission's (`pillar_unknown`); null (across pillars) is allowed. */
export function checkPillar(mission: Mission, pillar: string | null): void {
  if (pillar !== null && !mission.pillars.some((candidate) => candidate.id === pillar))
    throw new DomainError("pillar_unknown", `this mission has no pillar ${pillar}`);
}

/** Runs `attempt` again while it reports a conflict (another change saved first), up to `times`. */
export async function retryOnConflict<T>(times: number, attempt: () => Promise<T | "conflict">): Promise<T> {
  for (let round = 0; round < times; round += 1) {
    const outcome = await attempt();
    if (outcome !== "conflict") return outcome;
  }
  throw new DomainError("store_unavailable", "too many changes at once; try again");
}
