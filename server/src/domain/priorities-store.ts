// The storage port's part for step 2 and after: break-out records, the priority vote, the HCT Action Plan.
import type { ActionPlan, Breakout, PriorityVoteState, VoteOutcome, VoteStatus } from "@peerpulse/shared";

/** A break-out as the store keeps it: the shared record and the hash of each group's rapporteur token. */
export interface StoredBreakout {
  breakout: Breakout;
  /** group id → SHA-256 of its rapporteur token. Never leaves the server (nor the transfer file). */
  tokenHashes: Record<string, string>;
}

/** A change to a vote's state; fields left out stay as they are. */
export interface VoteChange {
  status?: VoteStatus;
  revealed?: boolean;
  top?: string[];
}

/** One participant's choices as the store keeps them (ids sorted). Never leaves the server. */
export interface VoteRecord {
  workshopId: string;
  participantId: string;
  choices: string[];
  voteId: string;
}

/** Why the store refused a vote: checked inside the same atomic step as the write. */
export type VoteRefusal = "vote_not_open" | "vote_closed" | "priority_unknown" | "too_many_choices";

/** The result of recording a vote. */
export type VoteRecordResult = { accepted: true; outcome: VoteOutcome } | { accepted: false; refusal: VoteRefusal };

/** A vote's counts before any anonymity rule: voters, and votes per ballot priority. Stays on the server. */
export interface RawVoteCounts {
  voters: number;
  votes: Record<string, number>;
}

/** What the store keeps of break-outs, votes and plans. Each method is atomic on its own. */
export interface PrioritiesStore {
  getBreakout(workshopId: string): Promise<StoredBreakout | null>;
  /**
   * Saves a workshop's break-out when the stored revision is `expectedRevision` (0: none stored yet) and the
   * workshop exists; false otherwise, and nothing changes (the caller reads again and retries).
   */
  saveBreakout(workshopId: string, stored: StoredBreakout, expectedRevision: number): Promise<boolean>;

  /** Starts a workshop's vote with no counts; "exists" when it has one (nothing changes). */
  openVote(state: PriorityVoteState): Promise<"opened" | "exists" | "workshop_not_found">;
  getVote(workshopId: string): Promise<PriorityVoteState | null>;
  /** Changes a vote's state field by field; null when the workshop has no vote. */
  updateVote(workshopId: string, change: VoteChange): Promise<PriorityVoteState | null>;
  /**
   * Records a participant's choices in one atomic step: ignores a vote id seen before, checks the vote is open and
   * every choice on the ballot and within the picks, replaces the participant's earlier choices (each priority
   * dropped loses one vote, each added gains one).
   */
  recordVote(vote: VoteRecord): Promise<VoteRecordResult>;
  getVoteCounts(workshopId: string): Promise<RawVoteCounts | null>;
  /** Every participant's current choices, for recounts in tests. Never sent to a client. */
  listVoteChoices(workshopId: string): Promise<VoteRecord[]>;
  /** Adds a vote carried over from another deployment with its counts (never choices); a vote already here stays. */
  importVote(state: PriorityVoteState, counts: RawVoteCounts): Promise<void>;

  getActionPlan(missionId: string): Promise<ActionPlan | null>;
  /** Saves a mission's plan when the stored revision is `expectedRevision` (0: none yet) and the mission exists. */
  saveActionPlan(missionId: string, plan: ActionPlan, expectedRevision: number): Promise<boolean>;
}
