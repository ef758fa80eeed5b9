// The embedded store's break-outs, priority votes and action plans, and the journalled operations that change them.
import type { ActionPlan, PriorityVoteState } from "@peerpulse/shared";
import type {
  RawVoteCounts,
  StoredBreakout,
  VoteChange,
  VoteRecord,
  VoteRecordResult,
} from "../../domain/priorities-store.ts";

/** A participant's current choices (ids sorted) and the vote id that set them. */
interface Choice {
  choices: string[];
  voteId: string;
}

/** Everything kept of one workshop's vote, in the form compaction writes back. */
export interface VoteBook {
  state: PriorityVoteState;
  voteIds: string[];
  choices: [participantId: string, choice: Choice][];
  /** priority id → votes (carried counts included) */
  counts: [priorityId: string, votes: number][];
  carriedVoters: number;
}

/** A journalled change of this part: replaying every operation in order rebuilds it. */
export type PrioritiesOperation =
  | { op: "breakout.save"; workshopId: string; stored: StoredBreakout }
  | { op: "vote.open"; state: PriorityVoteState }
  | { op: "vote.update"; workshopId: string; change: VoteChange }
  | { op: "vote.record"; vote: VoteRecord }
  | { op: "vote.import"; state: PriorityVoteState; counts: RawVoteCounts }
  | { op: "vote.restore"; workshopId: string; book: VoteBook }
  | { op: "plan.save"; missionId: string; plan: ActionPlan };

interface LiveVote {
  state: PriorityVoteState;
  ballot: Set<string>;
  voteIds: Set<string>;
  choices: Map<string, Choice>;
  counts: Map<string, number>;
  carriedVoters: number;
}

export class PrioritiesState {
  readonly breakouts = new Map<string, StoredBreakout>();
  readonly votes = new Map<string, LiveVote>();
  readonly plans = new Map<string, ActionPlan>();

  /** Applies one operation; only `vote.record` answers, and a refused one changes nothing. */
  apply(operation: PrioritiesOperation): VoteRecordResult | undefined {
    switch (operation.op) {
      case "breakout.save":
        this.breakouts.set(operation.workshopId, operation.stored);
        return undefined;
      case "plan.save":
        this.plans.set(operation.missionId, operation.plan);
        return undefined;
      case "vote.open":
        this.votes.set(operation.state.workshopId, liveVote(operation.state, [], [], [], 0));
        return undefined;
      case "vote.import": {
        const { state, counts } = operation;
        this.votes.set(state.workshopId, liveVote(state, [], [], Object.entries(counts.votes), counts.voters));
        return undefined;
      }
      case "vote.restore": {
        const { state, voteIds, choices, counts, carriedVoters } = operation.book;
        this.votes.set(operation.workshopId, liveVote(state, voteIds, choices, counts, carriedVoters));
        return undefined;
      }
      case "vote.update": {
        const vote = this.votes.get(operation.workshopId);
        if (vote) vote.state = { ...vote.state, ...operation.change };
        return undefined;
      }
      case "vote.record":
        return this.recordVote(operation.vote);
    }
  }

  /** Decides what a vote would do without changing anything (refusals and duplicates are not journalled). */
  checkVote(vote: VoteRecord): VoteRecordResult {
    const live = this.votes.get(vote.workshopId);
    if (live?.voteIds.has(vote.voteId)) return { accepted: true, outcome: "duplicate" };
    if (!live) return { accepted: false, refusal: "vote_not_open" };
    if (live.state.status === "closed") return { accepted: false, refusal: "vote_closed" };
    if (vote.choices.length > live.state.picks) return { accepted: false, refusal: "too_many_choices" };
    if (vote.choices.some((id) => !live.ballot.has(id))) return { accepted: false, refusal: "priority_unknown" };
    const previous = live.choices.get(vote.participantId);
    if (!previous) return { accepted: true, outcome: "recorded" };
    return { accepted: true, outcome: sameSet(previous.choices, vote.choices) ? "unchanged" : "changed" };
  }

  /** The operations that rebuild this part (compaction): every vote id ever accepted is kept. */
  operations(): PrioritiesOperation[] {
    const operations: PrioritiesOperation[] = [];
    for (const [workshopId, stored] of this.breakouts) operations.push({ op: "breakout.save", workshopId, stored });
    for (const [workshopId, live] of this.votes) {
      const book: VoteBook = {
        state: live.state,
        voteIds: [...live.voteIds],
        choices: [...live.choices],
        counts: [...live.counts],
        carriedVoters: live.carriedVoters,
      };
      operations.push({ op: "vote.restore", workshopId, book });
    }
    for (const [missionId, plan] of this.plans) operations.push({ op: "plan.save", missionId, plan });
    return operations;
  }

  private recordVote(vote: VoteRecord): VoteRecordResult {
    const result = this.checkVote(vote);
    const live = this.votes.get(vote.workshopId);
    if (!live || !result.accepted || result.outcome === "duplicate") return result;
    live.voteIds.add(vote.voteId);
    const choices = [...vote.choices].sort();
    const previous = live.choices.get(vote.participantId);
    live.choices.set(vote.participantId, { choices, voteId: vote.voteId });
    if (result.outcome === "unchanged") return result;
    for (const id of previous?.choices ?? []) live.counts.set(id, (live.counts.get(id) ?? 0) - 1);
    for (const id of choices) live.counts.set(id, (live.counts.get(id) ?? 0) + 1);
    return result;
  }
}

function liveVote(
  state: PriorityVoteState,
  voteIds: string[],
  choices: [string, Choice][],
  counts: [string, number][],
  carriedVoters: number,
): LiveVote {
  const ballot = new Set(state.priorities.map((priority) => priority.id));
  const allCounts = new Map<string, number>([...ballot].map((id) => [id, 0]));
  for (const [id, votes] of counts) allCounts.set(id, votes);
  return { state, ballot, voteIds: new Set(voteIds), choices: new Map(choices), counts: allCounts, carriedVoters };
}

function sameSet(stored: readonly string[], given: readonly string[]): boolean {
  return stored.join(",") === [...given].sort().join(",");
}
