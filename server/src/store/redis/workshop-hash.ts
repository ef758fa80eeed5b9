// Converts a workshop to and from the flat Redis hash that holds it.
import { Workshop } from "@peerpulse/shared";

/** The hash fields of a workshop (locked codes live in their own set). */
export function workshopToHash(workshop: Workshop): Record<string, string> {
  return {
    missionId: workshop.missionId,
    constituencyId: workshop.constituencyId,
    round: String(workshop.round),
    date: workshop.date,
    place: workshop.place,
    joinCode: workshop.joinCode,
    status: workshop.status,
    pacing: workshop.pacing,
    currentIndex: String(workshop.currentIndex),
    revealed: String(workshop.revealed),
    entryClosed: String(workshop.entryClosed),
    expectedSize: workshop.expectedSize === null ? "" : String(workshop.expectedSize),
    ...(workshop.joinToken ? { joinToken: workshop.joinToken } : {}),
  };
}

/** Rebuilds a workshop from its hash and locked set, or null when the hash is empty. */
export function workshopFromHash(id: string, hash: Record<string, string>, locked: string[]): Workshop | null {
  if (Object.keys(hash).length === 0) return null;
  return Workshop.parse({
    id,
    missionId: hash.missionId,
    constituencyId: hash.constituencyId,
    // A workshop stored before rounds existed has no round field: the schema's default makes it round 1.
    round: hash.round === undefined ? undefined : Number(hash.round),
    date: hash.date,
    place: hash.place,
    joinCode: hash.joinCode,
    status: hash.status,
    pacing: hash.pacing,
    currentIndex: Number(hash.currentIndex),
    revealed: hash.revealed === "true",
    entryClosed: hash.entryClosed === "true",
    expectedSize: hash.expectedSize ? Number(hash.expectedSize) : null,
    joinToken: hash.joinToken || undefined,
    locked: locked.sort(),
  });
}
