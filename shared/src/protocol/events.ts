// The Socket.IO protocol: typed event maps that the server and every screen import.
import { z } from "zod";
import type { Breakout } from "../schemas/breakout.ts";
import type { Ack } from "../schemas/errors.ts";
import type {
  PriorityVoteState,
  PriorityVoteTally,
  VoteControlMessage,
  VoteReceipt,
  VoteSubmission,
} from "../schemas/priority-vote.ts";
import type { RatingSubmission } from "../schemas/rating.ts";
import type { WorkshopTally } from "../schemas/tally.ts";
import type { WorkshopControlMessage } from "./commands.ts";
import type { FacilitatorWorkshopView, SubscribeRequest, WorkshopControlState } from "./views.ts";

/** Bumped when an event changes incompatibly; the handshake refuses other versions. */
export const PROTOCOL_VERSION = 1;

/** What the server did with a rating: a re-sent vote id is a duplicate and changes nothing. */
export const RatingOutcome = z.enum(["recorded", "changed", "unchanged", "duplicate"]);
/** What the server did with a rating. */
export type RatingOutcome = z.infer<typeof RatingOutcome>;

/** Acknowledgement data of `rating:submit`. */
export const RatingReceipt = z.object({ voteId: z.string(), statementCode: z.string(), outcome: RatingOutcome });
/** Acknowledgement data of `rating:submit`. */
export type RatingReceipt = z.infer<typeof RatingReceipt>;

/** Events a client sends; each ends with an acknowledgement callback. */
export interface ClientToServerEvents extends PriorityVoteEvents {
  "rating:submit": (submission: RatingSubmission, ack: (result: Ack<RatingReceipt>) => void) => void;
  "workshop:subscribe": (request: SubscribeRequest, ack: (result: Ack<FacilitatorWorkshopView>) => void) => void;
  "workshop:unsubscribe": (request: SubscribeRequest, ack: (result: Ack<null>) => void) => void;
  "workshop:control": (message: WorkshopControlMessage, ack: (result: Ack<WorkshopControlState>) => void) => void;
}

/** The plenary priority vote's client events (docs/api.md, "Socket.IO"; rules V1-V9 in docs/protocol.md). */
export interface PriorityVoteEvents {
  /** A participant's choices in the plenary priority vote. */
  "vote:submit": (submission: VoteSubmission, ack: (result: Ack<VoteReceipt>) => void) => void;
  /** A facilitator's command on a workshop's priority vote. */
  "vote:control": (message: VoteControlMessage, ack: (result: Ack<PriorityVoteState>) => void) => void;
}

/** Events the server sends: broadcasts in the past tense. */
export interface ServerToClientEvents {
  /** The workshop's control state changed (status, current statement, locks, reveal). */
  "workshop:updated": (state: WorkshopControlState) => void;
  /** The workshop's tallies changed; sent coalesced, and in full on (re)subscribe. */
  "tally:updated": (tally: WorkshopTally) => void;
  /** The workshop's priority vote changed (opened, closed, revealed, top marked); on connect when there is one. */
  "vote:updated": (state: PriorityVoteState) => void;
  /** The priority vote's counts changed; coalesced like tallies, and in full on (re)subscribe. */
  "vote-tally:updated": (tally: PriorityVoteTally) => void;
  /** A group's record in the workshop's break-out changed (subscribers only). */
  "breakout:updated": (breakout: Breakout) => void;
}

/** The name of an event a client sends. */
export type ClientEvent = keyof ClientToServerEvents;

/** What a client sends with `Event`. */
export type EventPayload<Event extends ClientEvent> = Parameters<ClientToServerEvents[Event]>[0];

/** The data of a successful acknowledgement of `Event`. */
export type EventResult<Event extends ClientEvent> =
  Parameters<Parameters<ClientToServerEvents[Event]>[1]>[0] extends Ack<infer Data> ? Data : never;

/** The acknowledgement `Event` is answered with: `{ ok: true, data }` or `{ ok: false, error }`. */
export type EventAck<Event extends ClientEvent> = Ack<EventResult<Event>>;
