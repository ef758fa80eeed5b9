// What the domain announces; the realtime module alone turns these into socket emits.
import type { Breakout, PriorityVoteState, WorkshopControlState } from "@peerpulse/shared";

/** Listeners of domain events. Services raise them and never emit to sockets themselves. */
export interface DomainEvents {
  /** Ratings of a workshop changed: its tally should reach subscribers soon (coalesced). */
  ratingsChanged(workshopId: string): void;
  /** A participant joined: the joined count changed. */
  participantJoined(workshopId: string): void;
  /** The control state of a workshop changed. */
  workshopChanged(state: WorkshopControlState): void;
  /** A workshop's break-out changed (opened, a group's record edited, closed or reopened). */
  breakoutChanged(breakout: Breakout): void;
  /** A workshop's priority vote changed state (opened, closed, reopened, revealed, hidden, top marked). */
  voteChanged(state: PriorityVoteState): void;
  /** A workshop's priority vote counts changed: its vote tally should reach subscribers soon (coalesced). */
  votesCounted(workshopId: string): void;
}
