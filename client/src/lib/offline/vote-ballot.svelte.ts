// A participant's side of the plenary priority vote: the ballot as the server last sent it, and this phone's own
// choice with the vote id that makes re-sending it count once (rules V2, V3). Both kept on the phone, so a reload
// or a dead link loses neither; the choice is re-sent with the same vote id until the server acknowledges it.
import type { ErrorCode, PriorityVoteState, VoteSubmission } from "@peerpulse/shared";
import { readJson, writeJson } from "./device-storage.ts";
import type { RatingState, Settlement } from "./rating-queue.svelte.ts";

/** This phone's choice: the priorities picked, its vote id, and where it stands (as for a rating). */
export interface OwnVote {
  choices: string[];
  voteId: string;
  state: RatingState;
  refusal?: ErrorCode;
}

interface Kept {
  ballot: PriorityVoteState | null;
  own: OwnVote | null;
}

const keptKey = (workshopId: string): string => `peerpulse:vote:${workshopId}`;

export class VoteBallot {
  #ballot = $state<PriorityVoteState | null>(null);
  #own = $state<OwnVote | null>(null);
  readonly #workshopId: string;
  readonly #newVoteId: () => string;

  constructor(workshopId: string, newVoteId: () => string) {
    this.#workshopId = workshopId;
    this.#newVoteId = newVoteId;
    const kept = readJson<Kept>(keptKey(workshopId));
    this.#ballot = kept?.ballot ?? null;
    const own = kept?.own ?? null;
    // A choice on the wire when the page died is waiting again: its answer was never seen.
    this.#own = own?.state === "sending" ? { ...own, state: "waiting" } : own;
  }

  /** The vote as everyone in the workshop sees it; null before the facilitator opens one. */
  get ballot(): PriorityVoteState | null {
    return this.#ballot;
  }
  get own(): OwnVote | null {
    return this.#own;
  }

  /** The server's news (`vote:updated`). */
  receive(state: PriorityVoteState): void {
    if (state.workshopId !== this.#workshopId) return;
    this.#ballot = state;
    this.#save();
  }

  /** A new choice replaces the earlier one with a new vote id; the same set again changes nothing. */
  choose(choices: string[]): void {
    const own = this.#own;
    const same = own && own.state !== "refused" && sameSet(own.choices, choices);
    if (same || choices.length === 0) return;
    this.#own = { choices: [...choices], voteId: this.#newVoteId(), state: "waiting" };
    this.#save();
  }

  /** The choice to send now, if one waits; it is "sending" until settled. */
  take(): VoteSubmission | null {
    const own = this.#own;
    if (own?.state !== "waiting") return null;
    own.state = "sending";
    return { choices: [...own.choices], voteId: own.voteId };
  }

  /** The link dropped: a choice on the wire will get no answer and waits again. */
  requeue(): void {
    if (this.#own?.state === "sending") this.#own.state = "waiting";
  }

  /** Applies the server's answer to the choice sent with this vote id, unless it was replaced meanwhile. */
  settle(submission: VoteSubmission, settlement: Settlement): void {
    const own = this.#own;
    if (own?.voteId !== submission.voteId) return;
    switch (settlement.kind) {
      case "saved":
        own.state = "saved";
        break;
      case "retry":
        own.state = "waiting";
        break;
      case "refused":
        own.state = "refused";
        own.refusal = settlement.code;
        break;
    }
    this.#save();
  }

  #save(): void {
    writeJson(keptKey(this.#workshopId), $state.snapshot({ ballot: this.#ballot, own: this.#own }));
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
