// Turns a refused or failed save of a priority into the reason its writer is told (PriorityFormMessages.refusals).
import { ApiFailure } from "../connection/api.ts";
import type { SaveRefusal } from "../i18n/priority-form-messages.ts";

const NAMED: readonly SaveRefusal[] = [
  "breakout_closed",
  "limit_reached",
  "statement_unknown",
  "pillar_unknown",
  "priority_unknown",
  "bad_rapporteur_token",
  "network",
];

/** The reason to show for what a save threw. */
export function saveRefusal(error: unknown): SaveRefusal {
  if (!(error instanceof ApiFailure)) return "other";
  return NAMED.find((code) => code === error.code) ?? "other";
}
