// The participant's own ratings and the queue of those not yet confirmed by the server, kept across reloads.
import type { ErrorCode, RatingSubmission, RatingValue } from "@peerpulse/shared";

/**
 * waiting: kept on the phone, to be sent (offline, or sent without an answer yet);
 * sending: on the wire now; saved: the server acknowledged it; refused: the server will never take it.
 */
export type RatingState = "waiting" | "sending" | "saved" | "refused";

/** One of this participant's ratings, with the vote id that makes re-sending it count once. */
export interface OwnRating {
  value: RatingValue;
  voteId: string;
  state: RatingState;
  refusal?: ErrorCode;
}

/** How the server answered a sent rating. */
export type Settlement = { kind: "saved" } | { kind: "retry" } | { kind: "refused"; code: ErrorCode };

/**
 * Ratings are stored synchronously (localStorage, a few kilobytes) on every tap: a phone that dies or reloads
 * the instant after a tap still has the rating and its vote id, and replays it with the same id on reconnect.
 */
export class RatingQueue {
  #ratings = $state<Record<string, OwnRating>>({});
  readonly #persist: (ratings: Record<string, OwnRating>) => void;
  readonly #newVoteId: () => string;

  constructor(
    initial: Record<string, OwnRating>,
    persist: (ratings: Record<string, OwnRating>) => void,
    newVoteId: () => string,
  ) {
    // A rating on the wire when the page died is back in the queue: its answer was never seen.
    const restored = Object.entries(initial).map(([code, rating]) => [
      code,
      rating.state === "sending" ? { ...rating, state: "waiting" } : rating,
    ]);
    this.#ratings = Object.fromEntries(restored) as Record<string, OwnRating>;
    this.#persist = persist;
    this.#newVoteId = newVoteId;
  }

  /** This participant's rating of a statement, if any. */
  of(statementCode: string): OwnRating | undefined {
    return this.#ratings[statementCode];
  }

  /** Ratings not yet confirmed: shown as "waiting to send". */
  get pendingCount(): number {
    return Object.values(this.#ratings).filter((rating) => rating.state === "waiting" || rating.state === "sending")
      .length;
  }

  /** Codes of the statements rated on this device, whatever their state. */
  get ratedCodes(): string[] {
    return Object.keys(this.#ratings).filter((code) => this.#ratings[code]?.state !== "refused");
  }

  /** Records a tap. A new value gets a new vote id; tapping the saved value again changes nothing. */
  rate(statementCode: string, value: RatingValue): void {
    const current = this.#ratings[statementCode];
    if (current && current.value === value && current.state !== "refused") return;
    this.#ratings[statementCode] = { value, voteId: this.#newVoteId(), state: "waiting" };
    this.#save();
  }

  /** Takes every waiting rating for sending, marking it "sending" until it is settled. */
  takeWaiting(): RatingSubmission[] {
    const batch: RatingSubmission[] = [];
    for (const [statementCode, rating] of Object.entries(this.#ratings)) {
      if (rating.state !== "waiting") continue;
      rating.state = "sending";
      batch.push({ statementCode, value: rating.value, voteId: rating.voteId });
    }
    return batch;
  }

  /** Puts ratings whose answer will never come (the link dropped) back to waiting. */
  requeueSending(): void {
    for (const rating of Object.values(this.#ratings)) {
      if (rating.state === "sending") rating.state = "waiting";
    }
  }

  /**
   * Lines the queue up with what the server says it holds after a (re)join: a rating shown as saved that the
   * server does not have (its store was restored, or this device got a new identity) is sent again.
   */
  reconcile(serverRatedCodes: readonly string[]): void {
    for (const [code, rating] of Object.entries(this.#ratings)) {
      if (rating.state === "saved" && !serverRatedCodes.includes(code)) rating.state = "waiting";
    }
    this.#save();
  }

  /** Applies the server's answer to the rating sent with this vote id, unless it was replaced meanwhile. */
  settle(submission: RatingSubmission, settlement: Settlement): void {
    const rating = this.#ratings[submission.statementCode];
    if (rating?.voteId !== submission.voteId) return;
    switch (settlement.kind) {
      case "saved":
        rating.state = "saved";
        break;
      case "retry":
        rating.state = "waiting";
        break;
      case "refused":
        rating.state = "refused";
        rating.refusal = settlement.code;
        break;
    }
    this.#save();
  }

  #save(): void {
    this.#persist($state.snapshot(this.#ratings));
  }
}
