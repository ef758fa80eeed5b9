// What each kind of client is allowed to see of a mission and a workshop.
import { z } from "zod";
import { Language } from "../schemas/language.ts";
import { Constituency, EntityId, Mission, Pillar } from "../schemas/mission.ts";
import { RatingScale } from "../schemas/scale.ts";
import { Statement } from "../schemas/statement.ts";
import { Workshop } from "../schemas/workshop.ts";

/** The live control state of a workshop, sent to everyone in it when it changes. */
export const WorkshopControlState = Workshop.pick({
  id: true,
  status: true,
  pacing: true,
  currentIndex: true,
  locked: true,
  revealed: true,
  entryClosed: true,
  expectedSize: true,
});
/** The live control state of a workshop. */
export type WorkshopControlState = z.infer<typeof WorkshopControlState>;

/** What a participant's phone needs to show a workshop: the questionnaire, never anyone's ratings. */
export const ParticipantWorkshopView = z.object({
  workshop: WorkshopControlState,
  missionTitle: z.string(),
  constituencyName: z.string(),
  languages: z.array(Language),
  scale: RatingScale,
  pillars: z.array(Pillar),
  statements: z.array(Statement),
});
/** What a participant's phone needs to show a workshop. */
export type ParticipantWorkshopView = z.infer<typeof ParticipantWorkshopView>;

/** What a joined participant receives: its token (kept by the device) and which statements it has rated. */
export const JoinResult = z.object({
  token: z.string(),
  view: ParticipantWorkshopView,
  /** Codes of the statements this device has rated; the values stay on the device and the server. */
  ratedCodes: z.array(z.string()),
});
/** What a joined participant receives. */
export type JoinResult = z.infer<typeof JoinResult>;

/**
 * What a participant sends to join a workshop: the code; the join token when it came by the workshop's link or QR
 * code; and its participant token when it has joined before.
 */
export const JoinRequest = z.object({
  joinCode: z.string().max(20),
  joinToken: z.string().max(200).optional(),
  token: z.string().max(200).optional(),
});
/** What a participant sends to join. */
export type JoinRequest = z.infer<typeof JoinRequest>;

/** One address phones can open to join: `PUBLIC_URL`, or one network address of the server's machine. */
export const JoinLink = z.object({
  /** Where the address comes from: `PUBLIC_URL`, or the network interface's name (`wlan0`, `Ethernet`…). */
  network: z.string(),
  /** The participant page of the workshop at that address. */
  url: z.string(),
});
/** One address phones can open to join. */
export type JoinLink = z.infer<typeof JoinLink>;

/** The whole of a workshop as its facilitator sees it, with its mission context. */
export const FacilitatorWorkshopView = z.object({
  workshop: Workshop,
  mission: Mission,
  constituency: Constituency,
  /** The first of `joinLinks`: the address to project unless the facilitator picks another. */
  joinUrl: z.string(),
  /** Every address phones may join at, the likeliest to be reachable first (never empty). */
  joinLinks: z.array(JoinLink).min(1),
});
/** The whole of a workshop as its facilitator sees it. */
export type FacilitatorWorkshopView = z.infer<typeof FacilitatorWorkshopView>;

/** What a presenter screen or console asks to follow. */
export const SubscribeRequest = z.object({ workshopId: EntityId });
/** What a presenter screen or console asks to follow. */
export type SubscribeRequest = z.infer<typeof SubscribeRequest>;
