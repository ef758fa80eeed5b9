// The facilitator key of each mission, shown once at creation and kept by this browser (console and presenter).
import { readJson, writeJson } from "../offline/device-storage.ts";

const PREFIX = "peerpulse:key:";

/** Keeps a mission's facilitator key in this browser. */
export function saveFacilitatorKey(missionId: string, key: string): void {
  writeJson(`${PREFIX}${missionId}`, key);
}

/** The key this browser holds for a mission, if any. */
export function facilitatorKey(missionId: string): string | null {
  return readJson<string>(`${PREFIX}${missionId}`);
}

/** Missions whose key this browser holds. */
export function missionsWithKeys(): string[] {
  const ids: string[] = [];
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const name = localStorage.key(index);
      if (name?.startsWith(PREFIX)) ids.push(name.slice(PREFIX.length));
    }
  } catch {
    // No storage: no remembered missions.
  }
  return ids;
}
