// Turns the embedded state back into the shortest list of operations that rebuilds it.
import type { EmbeddedState, StateOperation } from "./embedded-state.ts";

/**
 * Every vote id ever accepted is kept (as `votes.seen`), so that an old vote id replayed after compaction
 * is still recognised as a duplicate rather than counted again.
 */
export function operationsFor(state: EmbeddedState): StateOperation[] {
  const operations: StateOperation[] = [];
  for (const { mission, keyHash, shortlist } of state.missions.values()) {
    operations.push({ op: "mission.create", mission, keyHash });
    if (shortlist) operations.push({ op: "shortlist.save", missionId: mission.id, curation: shortlist });
  }
  for (const record of state.workshops.values()) {
    const { workshop, setup } = record;
    // Created open with every statement reachable so the ratings below re-apply; restored at the end.
    const replayable: typeof workshop = {
      ...workshop,
      status: "open",
      locked: [],
      currentIndex: setup.statementCodes.length,
    };
    operations.push(
      record.carried
        ? { op: "workshop.import", workshop: replayable, setup, carried: record.carried }
        : { op: "workshop.create", workshop: replayable, setup },
    );
    for (const [tokenHash, participantId] of record.tokens) {
      operations.push({ op: "participant.add", workshopId: workshop.id, participantId, tokenHash });
    }
    const current = new Set<string>();
    for (const byStatement of record.ratings.values()) {
      for (const rating of byStatement.values()) {
        operations.push({ op: "rating.record", rating });
        current.add(rating.voteId);
      }
    }
    const superseded = [...record.voteIds].filter((voteId) => !current.has(voteId));
    if (superseded.length > 0) operations.push({ op: "votes.seen", workshopId: workshop.id, voteIds: superseded });
    operations.push({
      op: "workshop.restore",
      workshopId: workshop.id,
      workshop,
    });
  }
  operations.push(...state.priorities.operations());
  return operations;
}
