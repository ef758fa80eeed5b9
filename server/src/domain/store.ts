// The storage port: what the domain needs kept, in the domain's words. `embedded` and `redis` implement it.
import type {
  Mission,
  RatingOutcome,
  RatingValue,
  ShortlistCuration,
  StatementTally,
  Workshop,
  WorkshopStatus,
} from "@peerpulse/shared";
import type { PrioritiesStore } from "./priorities-store.ts";

/** Which implementation holds the state. */
export type StoreKind = "embedded" | "redis";

/** Whether the store can serve; `detail` is for the operator. */
export interface StoreHealth {
  /**
   * `degraded`: serving, but acknowledged ratings were found lost (Redis, see `lostRatings`), or ratings are refused
   * because the journal cannot be written (embedded store, a full disk); `detail` says which.
   */
  status: "ok" | "degraded" | "unavailable";
  detail?: string;
  /** Acknowledged ratings the store found missing since this process started (a Redis restarted from older data). */
  lostRatings?: number;
}

/** What the store tells the operator while the server keeps serving. */
export type StoreIncident =
  | { kind: "unavailable"; detail: string }
  | { kind: "available" }
  | { kind: "ratings-lost"; workshopId: string; lostRatings: number; acknowledged: number; held: number };

/**
 * A change to a workshop's control state; fields left out stay as they are. A `currentIndex` (given, or reached by
 * `step`) other than the stored one also sets `revealed` to false in the same atomic step (rule P1); a `revealed` in
 * the same change is applied after it.
 */
export interface WorkshopChange {
  /** Sets the status as given (journals written before `open` existed reopen a closed workshop this way). */
  status?: WorkshopStatus;
  /** Opens a draft workshop; an open or closed one stays as it is (closing is final, rule M1). */
  open?: true;
  currentIndex?: number;
  /** Moves one statement on or back from the index the store holds, kept within the statements (rule M3). */
  step?: 1 | -1;
  revealed?: boolean;
  lock?: string;
  unlock?: string;
  entryClosed?: boolean;
  /** A number sets the expected room size; null clears it. */
  expectedSize?: number | null;
}

/** A workshop after a change, and whether the change changed anything (a no-op is not broadcast, rule M2). */
export interface WorkshopUpdate {
  workshop: Workshop;
  changed: boolean;
}

/** What registering a participant did: `entry_closed` when the facilitator closed entry (rule G4). */
export type ParticipantAdmission = "added" | "entry_closed" | "workshop_not_found";

/** A rating as the store keeps it. Never leaves the server. */
export interface RatingRecord {
  workshopId: string;
  participantId: string;
  statementCode: string;
  value: RatingValue;
  voteId: string;
}

/** Why the store refused a rating: the acceptance rules run inside the same atomic step as the write. */
export type RatingRefusal =
  | "workshop_not_found"
  | "workshop_closed"
  | "workshop_not_open"
  | "statement_unknown"
  | "statement_locked"
  | "statement_not_open";

/** The result of recording a rating. */
export type RecordResult = { accepted: true; outcome: RatingOutcome } | { accepted: false; refusal: RatingRefusal };

/** Every count of a workshop, before any anonymity suppression. Stays on the server. */
export interface RawWorkshopTally {
  joined: number;
  voted: number;
  statements: Record<string, StatementTally>;
}

/** The workshop facts fixed at creation that the store needs to apply the rating rules. */
export interface WorkshopSetup {
  statementCodes: readonly string[];
  scalePoints: number;
}

/**
 * The storage port. Every method is atomic on its own; counts change only inside `recordRating` (and, for the
 * priority vote, `recordVote`).
 */
export interface Store extends PrioritiesStore {
  readonly kind: StoreKind;
  health(): Promise<StoreHealth>;

  createMission(mission: Mission, facilitatorKeyHash: string): Promise<void>;
  getMission(missionId: string): Promise<Mission | null>;
  getFacilitatorKeyHash(missionId: string): Promise<string | null>;

  /** Creates a workshop unless its join code is taken; returns false when it is. */
  createWorkshop(workshop: Workshop, setup: WorkshopSetup): Promise<boolean>;
  getWorkshop(workshopId: string): Promise<Workshop | null>;
  listWorkshopIds(missionId: string): Promise<string[]>;
  findWorkshopIdByJoinCode(joinCode: string): Promise<string | null>;
  /** Applies a change in one atomic step; null when there is no such workshop. */
  updateWorkshop(workshopId: string, change: WorkshopChange): Promise<WorkshopUpdate | null>;

  /** Registers a participant under the hash of its token, unless entry is closed (checked in the same step). */
  addParticipant(workshopId: string, participantId: string, tokenHash: string): Promise<ParticipantAdmission>;
  findParticipant(workshopId: string, tokenHash: string): Promise<string | null>;

  /**
   * Records a rating in one atomic step: checks the workshop is open and the statement open and unlocked,
   * ignores a vote id seen before, replaces the participant's earlier rating of the statement (last write
   * wins) and moves exactly one count.
   */
  recordRating(rating: RatingRecord): Promise<RecordResult>;
  getTally(workshopId: string): Promise<RawWorkshopTally | null>;
  /** The codes of the statements a participant has rated (not the values). */
  ratedCodes(workshopId: string, participantId: string): Promise<string[]>;
  /** Every stored rating of a workshop, for recounts and mission transfer. Never sent to a client. */
  listRatings(workshopId: string): Promise<RatingRecord[]>;

  /** The mission team's curation of the retreat shortlist, or null before the first. */
  getShortlistCuration(missionId: string): Promise<ShortlistCuration | null>;
  saveShortlistCuration(missionId: string, curation: ShortlistCuration): Promise<void>;

  /**
   * Adds a workshop carried over from another deployment with its final counts (never individual ratings).
   * Idempotent: a workshop id already present is left as it is ("exists"); a join code held by another
   * workshop is refused ("join_code_taken") so the caller can pick another code.
   */
  importWorkshop(
    workshop: Workshop,
    setup: WorkshopSetup,
    carried: RawWorkshopTally,
  ): Promise<"imported" | "exists" | "join_code_taken">;

  /** Calls back on incidents the operator must hear of; a store with none to tell leaves it out. */
  onIncident?(listener: (incident: StoreIncident) => void): void;

  /** Makes every acknowledged write durable and releases resources. */
  close(): Promise<void>;
}
