// Errors are data: every refusal carries a stable code, mapped to HTTP statuses and acknowledgements.
import { z } from "zod";

/** Every error code the API can answer with; docs/api.md explains each. */
export const ErrorCode = z.enum([
  "bad_request",
  "payload_too_large",
  "rate_limited",
  "not_found",
  "bad_join_code",
  "bad_participant_token",
  "facilitator_key_required",
  "bad_facilitator_key",
  "mission_not_found",
  "mission_exists",
  "bad_transfer_file",
  "workshop_not_found",
  "constituency_not_found",
  "round_out_of_order",
  "round_not_found",
  "workshop_closed",
  "workshop_not_open",
  "entry_closed",
  "statement_unknown",
  "statement_locked",
  "statement_not_open",
  "value_off_scale",
  "not_joined",
  "not_subscribed",
  "bad_origin",
  "store_unavailable",
  "internal",
  "bad_rapporteur_token",
  "breakout_not_found",
  "breakout_exists",
  "breakout_closed",
  "group_not_found",
  "priority_unknown",
  "pillar_unknown",
  "limit_reached",
  "no_priorities",
  "vote_not_open",
  "vote_closed",
  "vote_exists",
  "too_many_choices",
  "plan_item_unknown",
  "action_unknown",
]);
/** A stable error code. */
export type ErrorCode = z.infer<typeof ErrorCode>;

/** An error as sent to a client. */
export const ApiError = z.object({ code: ErrorCode, message: z.string() });
/** An error as sent to a client. */
export type ApiError = z.infer<typeof ApiError>;

/** Every socket acknowledgement: success with data, or a coded error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
