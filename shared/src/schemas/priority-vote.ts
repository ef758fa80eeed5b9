// The plenary priority vote: each participant picks up to N of the groups' priorities; only counts leave the server.
import { z } from "zod";
import { EntityId } from "./mission.ts";
import { VoteId } from "./rating.ts";
import { PillarId, StatementCode } from "./statement.ts";

/** The most priorities a facilitator may let each participant pick, and the default. */
export const VOTE_PICKS = { default: 3, max: 10 } as const;
/** How many priorities the facilitator may mark as the workshop's top ones. */
export const TOP_PRIORITIES = 3;

/** Open: choices accepted and changeable. Closed: choices refused, counts kept. (No vote yet: no state at all.) */
export const VoteStatus = z.enum(["open", "closed"]);
/** A vote's status. */
export type VoteStatus = z.infer<typeof VoteStatus>;

/** A priority as it stands on the ballot: fixed when the vote opens, so everyone votes on the same words. */
export const BallotPriority = z.object({
  id: EntityId,
  text: z.string(),
  pillar: PillarId.nullable(),
  statementCodes: z.array(StatementCode),
  /** The break-out group that named it. */
  groupName: z.string(),
});
/** A priority on the ballot. */
export type BallotPriority = z.infer<typeof BallotPriority>;

/**
 * A workshop's vote as everyone in it sees it (participants, presenter, console): the ballot, how many each may
 * pick, whether the presenter shows the ranking, and the priorities the facilitator marked as the top ones.
 * Never anyone's choice.
 */
export const PriorityVoteState = z.object({
  workshopId: EntityId,
  status: VoteStatus,
  /** How many priorities each participant may pick (1 … `VOTE_PICKS.max`). */
  picks: z.number().int().min(1).max(VOTE_PICKS.max),
  priorities: z.array(BallotPriority),
  /** Whether the presenter shows the ranking; hidden until the facilitator reveals it. */
  revealed: z.boolean(),
  /** Ids of the priorities the facilitator marked as the workshop's top ones, in order (at most three). */
  top: z.array(EntityId).max(TOP_PRIORITIES),
});
/** A workshop's vote as everyone in it sees it. */
export type PriorityVoteState = z.infer<typeof PriorityVoteState>;

/** One line of the ranking: a priority and how many participants picked it. */
export const RankedPriority = z.object({ priorityId: EntityId, votes: z.number().int().min(0) });
/** One line of the ranking. */
export type RankedPriority = z.infer<typeof RankedPriority>;

/**
 * The vote's counts as the presenter and console see them: `ranking` is null (withheld) until at least
 * `minimum` participants voted (the mission's anonymity minimum); then every ballot priority, most votes first
 * (ties in ballot order).
 */
export const PriorityVoteTally = z.object({
  workshopId: EntityId,
  /** Participants who have a choice recorded. */
  voters: z.number().int().min(0),
  /** The mission's anonymity minimum: the ranking is withheld below it. */
  minimum: z.number().int().min(1),
  ranking: z.array(RankedPriority).nullable(),
});
/** The vote's counts as presenters and consoles see them. */
export type PriorityVoteTally = z.infer<typeof PriorityVoteTally>;

/**
 * What a participant sends: the set of priorities picked (1 … picks, each once) and a client-made vote id.
 * A new set while the vote is open replaces the participant's earlier one; the same vote id re-sent counts once.
 */
export const VoteSubmission = z.object({
  choices: z
    .array(EntityId)
    .min(1)
    .max(VOTE_PICKS.max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "a priority is picked once" }),
  voteId: VoteId,
});
/** What a participant sends to vote. */
export type VoteSubmission = z.infer<typeof VoteSubmission>;

/** What the server did with a vote: the same as for a rating. */
export const VoteOutcome = z.enum(["recorded", "changed", "unchanged", "duplicate"]);
/** What the server did with a vote. */
export type VoteOutcome = z.infer<typeof VoteOutcome>;

/** Acknowledgement data of `vote:submit`. */
export const VoteReceipt = z.object({ voteId: z.string(), outcome: VoteOutcome });
/** Acknowledgement data of `vote:submit`. */
export type VoteReceipt = z.infer<typeof VoteReceipt>;

/**
 * A facilitator's command on a workshop's vote. `open` starts it once, over `priorityIds` (default: every
 * priority of the break-out, group by group) with `picks` each (default 3, at most the ballot's length);
 * `close` ends it; `reopen` opens a closed vote again with the same ballot and counts; `reveal` / `hide` the
 * ranking on the presenter; `mark-top` sets the workshop's top priorities (ballot ids, at most three, in order).
 */
export const VoteCommand = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("open"),
    picks: z.number().int().min(1).max(VOTE_PICKS.max).optional(),
    priorityIds: z
      .array(EntityId)
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, { message: "a priority is on the ballot once" })
      .optional(),
  }),
  z.object({ command: z.literal("close") }),
  z.object({ command: z.literal("reopen") }),
  z.object({ command: z.literal("reveal") }),
  z.object({ command: z.literal("hide") }),
  z.object({
    command: z.literal("mark-top"),
    priorityIds: z
      .array(EntityId)
      .max(TOP_PRIORITIES)
      .refine((ids) => new Set(ids).size === ids.length, { message: "a priority is marked once" }),
  }),
]);
/** A facilitator's command on a workshop's vote. */
export type VoteCommand = z.infer<typeof VoteCommand>;

/** A vote command sent over a socket names its workshop. */
export const VoteControlMessage = z.object({ workshopId: EntityId }).and(VoteCommand);
/** A vote command sent over a socket. */
export type VoteControlMessage = z.infer<typeof VoteControlMessage>;
