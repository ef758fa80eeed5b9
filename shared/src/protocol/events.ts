// The Socket.IO protocol: typed event maps that the server and every screen import.
import type { Ack } from "../schemas/errors.ts";
import type { RatingSubmission } from "../schemas/rating.ts";
import type { WorkshopTally } from "../schemas/tally.ts";
import type { WorkshopControlMessage } from "./commands.ts";
import type { FacilitatorWorkshopView, SubscribeRequest, WorkshopControlState } from "./views.ts";

/** Bumped when an event changes incompatibly; the handshake refuses other versions. */
export const PROTOCOL_VERSION = 1;

/** What the server did with a rating: a re-sent vote id is a duplicate and changes nothing. */
export type RatingOutcome = "recorded" | "changed" | "unchanged" | "duplicate";

/** Acknowledgement data of `rating:submit`. */
export interface RatingReceipt {
  voteId: string;
  statementCode: string;
  outcome: RatingOutcome;
}

/** Handshake `auth` of a participant socket (token from `POST /api/join`). */
export interface ParticipantAuth {
  protocol: number;
  role: "participant";
  token: string;
}

/** Handshake `auth` of a facilitator's console or presenter screen. */
export interface FacilitatorAuth {
  protocol: number;
  role: "facilitator";
  missionId: string;
  facilitatorKey: string;
}

/** Every handshake `auth`. */
export type SocketAuth = ParticipantAuth | FacilitatorAuth;

/** Events a client sends; each ends with an acknowledgement callback. */
export interface ClientToServerEvents {
  "rating:submit": (submission: RatingSubmission, ack: (result: Ack<RatingReceipt>) => void) => void;
  "workshop:subscribe": (request: SubscribeRequest, ack: (result: Ack<FacilitatorWorkshopView>) => void) => void;
  "workshop:unsubscribe": (request: SubscribeRequest, ack: (result: Ack<null>) => void) => void;
  "workshop:control": (message: WorkshopControlMessage, ack: (result: Ack<WorkshopControlState>) => void) => void;
}

/** Events the server sends: broadcasts in the past tense. */
export interface ServerToClientEvents {
  /** The workshop's control state changed (status, current statement, locks, reveal). */
  "workshop:updated": (state: WorkshopControlState) => void;
  /** The workshop's tallies changed; sent coalesced, and in full on (re)subscribe. */
  "tally:updated": (tally: WorkshopTally) => void;
}
