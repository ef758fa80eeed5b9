// A rating: one participant's answer to one statement of one workshop.
import { z } from "zod";
import { StatementCode } from "./statement.ts";

/** "Don't know" is an answer kept apart from the scale: it never enters means or shares. */
export const DONT_KNOW = "dont-know";

/** A value on the scale (1 = most disagreeing point) or "don't know". */
export const RatingValue = z.union([z.number().int().min(1).max(11), z.literal(DONT_KNOW)]);
/** A rating value. */
export type RatingValue = z.infer<typeof RatingValue>;

/** A client-made vote id: the same id re-sent counts once (nanoid, 10 to 64 url-safe characters). */
export const VoteId = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, "a vote id is 10 to 64 url-safe characters");
/** A vote id. */
export type VoteId = z.infer<typeof VoteId>;

/** What a participant sends to rate a statement. */
export const RatingSubmission = z.object({
  statementCode: StatementCode,
  value: RatingValue,
  voteId: VoteId,
});
/** What a participant sends to rate a statement. */
export type RatingSubmission = z.infer<typeof RatingSubmission>;

/** A stored rating. Never sent to any client: only tallies leave the server. */
export const Rating = RatingSubmission.extend({
  workshopId: z.string(),
  participantId: z.string(),
});
/** A stored rating. */
export type Rating = z.infer<typeof Rating>;
