// A facilitator's live view of a workshop's step 2 on the workshop feed's socket: the break-out's records, the
// priority vote's state and counts, and the vote's commands (rules B5, V6-V9 in docs/protocol.md).
import type { ApiError, Breakout, PriorityVoteState, PriorityVoteTally, VoteCommand } from "@peerpulse/shared";
import type { PeerpulseSocket } from "./socket.ts";
import { requestVote } from "./vote-request.ts";

const ACK_TIMEOUT_MS = 8000;

/** Fed by the events subscribers receive: on (re)subscribe in full, then on every change. */
export class PriorityFeed {
  #breakout = $state<Breakout | null>(null);
  #vote = $state<PriorityVoteState | null>(null);
  #tally = $state<PriorityVoteTally | null>(null);
  readonly #socket: PeerpulseSocket;
  readonly #workshopId: string;

  constructor(socket: PeerpulseSocket, workshopId: string) {
    this.#socket = socket;
    this.#workshopId = workshopId;
    socket.on("breakout:updated", (breakout) => {
      if (breakout.workshopId === workshopId && breakout.revision >= (this.#breakout?.revision ?? 0))
        this.#breakout = breakout;
    });
    socket.on("vote:updated", (state) => {
      if (state.workshopId === workshopId) this.#vote = state;
    });
    socket.on("vote-tally:updated", (tally) => {
      if (tally.workshopId === workshopId) this.#tally = tally;
    });
  }

  get breakout(): Breakout | null {
    return this.#breakout;
  }
  get vote(): PriorityVoteState | null {
    return this.#vote;
  }
  get tally(): PriorityVoteTally | null {
    return this.#tally;
  }

  /** A break-out read over HTTP (the console's answers) counts as news too, unless a newer one came meanwhile. */
  adoptBreakout(breakout: Breakout): void {
    if (breakout.revision >= (this.#breakout?.revision ?? 0)) this.#breakout = breakout;
  }

  /** Sends a vote command; resolves with the refusal, if any. */
  async command(command: VoteCommand): Promise<ApiError | null> {
    try {
      const ack = await requestVote(
        this.#socket,
        "vote:control",
        { workshopId: this.#workshopId, ...command },
        ACK_TIMEOUT_MS,
      );
      if (!ack.ok) return ack.error;
      this.#vote = ack.data;
      return null;
    } catch {
      return { code: "internal", message: "no answer from the server; check the connection" };
    }
  }
}
