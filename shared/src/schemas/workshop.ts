// A workshop: one constituency's rating session, joined with a short numeric code.
import { z } from "zod";
import { EntityId } from "./mission.ts";

/** A join code: six digits, easy to read aloud and to type on a phone keypad. */
export const JoinCode = z.string().regex(/^[0-9]{6}$/, "a join code is six digits");
/** A join code. */
export type JoinCode = z.infer<typeof JoinCode>;

/** Draft: being prepared. Open: accepting ratings. Closed: results kept, no more ratings. */
export const WorkshopStatus = z.enum(["draft", "open", "closed"]);
/** A workshop's status. */
export type WorkshopStatus = z.infer<typeof WorkshopStatus>;

/** Presenter-led: everyone follows the current statement. Self-paced: participants see the whole list. */
export const Pacing = z.enum(["presenter-led", "self-paced"]);
/** A workshop's pacing. */
export type Pacing = z.infer<typeof Pacing>;

/** Highest round a mission may hold: a baseline and follow-ups, with room to spare. */
export const MAX_ROUND = 20;

/**
 * The round a workshop belongs to: 1 is the baseline (every workshop made before rounds existed), 2 the first
 * follow-up months later, and so on. Rounds are disjoint sets of workshops, compared with each other.
 */
export const Round = z.number().int().min(1).max(MAX_ROUND);
/** A round number. */
export type Round = z.infer<typeof Round>;

/** What a facilitator sends to create a workshop of a mission. */
export const WorkshopDraft = z.object({
  constituencyId: EntityId,
  /** The round; 1 (the baseline) when left out. At most one more than the mission's highest round so far. */
  round: Round.default(1),
  date: z.iso.date(),
  place: z.string().trim().min(1).max(120),
  pacing: Pacing.default("presenter-led"),
});
/** What a facilitator sends to create a workshop. */
export type WorkshopDraft = z.input<typeof WorkshopDraft>;

/** A stored workshop with its live control state. */
export const Workshop = z.object({
  id: EntityId,
  missionId: EntityId,
  constituencyId: EntityId,
  /** The round it belongs to; a workshop stored before rounds existed reads as round 1. */
  round: Round.default(1),
  date: z.iso.date(),
  place: z.string(),
  joinCode: JoinCode,
  status: WorkshopStatus,
  pacing: Pacing,
  /** Index into the mission's statements of the statement on screen (presenter-led pacing). */
  currentIndex: z.number().int().min(0),
  /** Codes of statements on which voting is locked. */
  locked: z.array(z.string()),
  /** Whether results are shown on the presenter screen. */
  revealed: z.boolean(),
  /**
   * Whether the facilitator closed entry: no new participants join; devices that joined before come back with their
   * participant token. Workshops stored before this field existed read as false.
   */
  entryClosed: z.boolean().default(false),
  /** How many people the facilitator said are in the room, to compare with `joined`; null until said. */
  expectedSize: z.number().int().min(1).max(100_000).nullable().default(null),
  /**
   * The join token of the workshop's link and QR code (192 random bits): joining with it is never limited, unlike a
   * typed join code. Absent from workshops made before join tokens existed (they are joined by code only).
   */
  joinToken: z.string().optional(),
});
/** A stored workshop. */
export type Workshop = z.infer<typeof Workshop>;

/** The join token of a link: url-safe, long enough that no sweep finds one. */
export const JoinToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "a join token is 32 to 64 url-safe characters");
