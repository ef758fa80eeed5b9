// Builders of break-outs, votes and plans for store tests, and the recount of votes from stored choices.
import type { ActionPlan, Breakout, PriorityVoteState } from "@peerpulse/shared";
import type { RawVoteCounts, VoteRecord } from "../../server/src/domain/priorities-store.ts";
import { id, voteId } from "./fixtures.ts";

/** A break-out of two groups, the first holding `priorities` priorities. */
export function aBreakout(workshopId: string, priorities = 3): Breakout {
  return {
    workshopId,
    status: "open",
    revision: 1,
    groups: [
      {
        id: id("g"),
        name: "Leadership",
        pillar: "leadership",
        priorities: Array.from({ length: priorities }, (_, index) => ({
          id: id("pr"),
          text: `Priority ${index + 1}`,
          statementCodes: ["L1"],
          pillar: "leadership",
          actions: [{ text: `Action ${index + 1}`, resources: "" }],
        })),
      },
      { id: id("g"), name: "Coordination", pillar: "coordination", priorities: [] },
    ],
  };
}

/** An open vote over `priorityIds`, `picks` each. */
export function aVote(workshopId: string, priorityIds: readonly string[], picks = 3): PriorityVoteState {
  return {
    workshopId,
    status: "open",
    picks,
    revealed: false,
    top: [],
    priorities: priorityIds.map((priorityId, index) => ({
      id: priorityId,
      text: `Priority ${index + 1}`,
      pillar: null,
      statementCodes: [],
      groupName: "Leadership",
    })),
  };
}

/** A participant's choices with a fresh vote id. */
export function aChoice(workshopId: string, participantId: string, choices: string[]): VoteRecord {
  return { workshopId, participantId, choices, voteId: voteId() };
}

/** Counts recomputed from the stored choices: the independent check that the atomic counts are right. */
export function recountVotes(choices: readonly VoteRecord[], ballot: readonly string[]): RawVoteCounts {
  const votes: Record<string, number> = Object.fromEntries(ballot.map((priorityId) => [priorityId, 0]));
  for (const choice of choices)
    for (const priorityId of choice.choices) votes[priorityId] = (votes[priorityId] ?? 0) + 1;
  return { voters: choices.length, votes };
}

/** A plan of `items` blank items from the HCT retreat. */
export function aPlan(missionId: string, items = 2, revision = 1): ActionPlan {
  return {
    missionId,
    revision,
    items: Array.from({ length: items }, (_, index) => ({
      id: id("pi"),
      priority: { text: `Issue ${index + 1}`, statementCodes: ["C1"], pillar: "coordination" },
      actions: [
        {
          id: id("a"),
          text: `Do ${index + 1}`,
          resources: "",
          focalPoint: "OCHA",
          timeline: "2027-Q2",
          verification: "minutes",
          status: "not-started",
        },
      ],
      sources: [{ kind: "hct-retreat" }],
    })),
  };
}
