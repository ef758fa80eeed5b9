// The part of a workshop that everyone in it may see.
import type { Workshop, WorkshopControlState } from "@peerpulse/shared";

/** Cuts a workshop down to its live control state. */
export function controlState(workshop: Workshop): WorkshopControlState {
  const { id, status, pacing, currentIndex, locked, revealed, entryClosed, expectedSize } = workshop;
  return { id, status, pacing, currentIndex, locked, revealed, entryClosed, expectedSize };
}

/** Whether two versions of a workshop differ in what a command can change. */
export function controlChanged(before: Workshop, after: Workshop): boolean {
  return JSON.stringify(controlState(before)) !== JSON.stringify(controlState(after));
}
