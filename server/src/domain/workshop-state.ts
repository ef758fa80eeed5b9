// The part of a workshop that everyone in it may see.
import type { Workshop, WorkshopControlState } from "@peerpulse/shared";

/** Cuts a workshop down to its live control state. */
export function controlState(workshop: Workshop): WorkshopControlState {
  const { id, status, pacing, currentIndex, locked, revealed } = workshop;
  return { id, status, pacing, currentIndex, locked, revealed };
}
