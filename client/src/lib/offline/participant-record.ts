// What a phone keeps about a workshop it joined, keyed by workshop, so a reload keeps identity, view and ratings.
import type { ParticipantWorkshopView } from "@peerpulse/shared";
import { readJson, removeKey, writeJson } from "./device-storage.ts";
import type { OwnRating } from "./rating-queue.svelte.ts";

/** Everything the phone needs to show a workshop again without the network. */
export interface ParticipantRecord {
  workshopId: string;
  joinCode: string;
  token: string;
  view: ParticipantWorkshopView;
  /** Codes the server says this device has rated (its values stay on the device). */
  ratedCodes: string[];
  ratings: Record<string, OwnRating>;
}

const recordKey = (workshopId: string): string => `peerpulse:participant:${workshopId}`;
const joinKey = (joinCode: string): string => `peerpulse:join:${joinCode}`;
const LAST_CODE_KEY = "peerpulse:last-join-code";

/** The record of the workshop this join code led to on this device, if any. */
export function loadRecord(joinCode: string): ParticipantRecord | null {
  const workshopId = readJson<string>(joinKey(joinCode));
  return workshopId === null ? null : readJson<ParticipantRecord>(recordKey(workshopId));
}

/** Saves the record; called on every rating so nothing tapped is lost to a reload. */
export function saveRecord(record: ParticipantRecord): void {
  writeJson(recordKey(record.workshopId), record);
  writeJson(joinKey(record.joinCode), record.workshopId);
  writeJson(LAST_CODE_KEY, record.joinCode);
}

/** Forgets a workshop whose token the server no longer accepts. */
export function forgetRecord(record: ParticipantRecord): void {
  removeKey(recordKey(record.workshopId));
  removeKey(joinKey(record.joinCode));
}

/** The code this device last joined with, to prefill the join form. */
export function lastJoinCode(): string | null {
  return readJson<string>(LAST_CODE_KEY);
}
