// What a rapporteur and a facilitator see of a workshop's break-out.
import { z } from "zod";
import { Breakout, BreakoutGroup, BreakoutStatus } from "../schemas/breakout.ts";
import { Language } from "../schemas/language.ts";
import { EntityId, Pillar } from "../schemas/mission.ts";
import { PriorityVoteState, PriorityVoteTally } from "../schemas/priority-vote.ts";
import { Statement } from "../schemas/statement.ts";

/**
 * All a rapporteur's link opens: its own group's record and the workshop's statements (codes, pillars, texts),
 * to link priorities to. Nothing of other groups, no tallies, no commands.
 */
export const RapporteurView = z.object({
  workshopId: EntityId,
  missionTitle: z.string(),
  constituencyName: z.string(),
  languages: z.array(Language),
  pillars: z.array(Pillar),
  statements: z.array(Statement),
  /** Whether the rapporteur may still record (the facilitator closes the break-out). */
  status: BreakoutStatus,
  group: BreakoutGroup,
});
/** All a rapporteur's link opens. */
export type RapporteurView = z.infer<typeof RapporteurView>;

/** A group's rapporteur link, as only the facilitator sees it (to show as a QR code). */
export const RapporteurLink = z.object({
  groupId: EntityId,
  /** `<origin>/r/<token>` on the server's first join address (`PUBLIC_URL` when set): the page a rapporteur opens. */
  url: z.string(),
  /** The token alone, sent by the rapporteur page in the `x-rapporteur-token` header. */
  token: z.string(),
});
/** A group's rapporteur link. */
export type RapporteurLink = z.infer<typeof RapporteurLink>;

/** A workshop's break-out as its facilitator sees it: every group's record and each group's rapporteur link. */
export const FacilitatorBreakout = z.object({
  breakout: Breakout,
  links: z.array(RapporteurLink),
});
/** A workshop's break-out as its facilitator sees it. */
export type FacilitatorBreakout = z.infer<typeof FacilitatorBreakout>;

/** One workshop's break-out and vote, for the retreat pack: what the workshop raised and how its room voted. */
export const WorkshopPriorities = z.object({
  workshopId: EntityId,
  constituencyId: EntityId,
  date: z.iso.date(),
  breakout: Breakout.nullable(),
  vote: PriorityVoteState.nullable(),
  /** The vote's counts; its ranking is null while fewer than the anonymity minimum voted. */
  tally: PriorityVoteTally.nullable(),
});
/** One workshop's break-out and vote. */
export type WorkshopPriorities = z.infer<typeof WorkshopPriorities>;

/** Every workshop's break-out and vote of a mission, in creation order. */
export const MissionPriorities = z.object({ workshops: z.array(WorkshopPriorities) });
/** Every workshop's break-out and vote of a mission. */
export type MissionPriorities = z.infer<typeof MissionPriorities>;
