// The one mapping from error codes to HTTP statuses.
import type { ErrorCode } from "@peerpulse/shared";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  payload_too_large: 413,
  rate_limited: 429,
  not_found: 404,
  bad_join_code: 404,
  bad_participant_token: 401,
  facilitator_key_required: 401,
  bad_facilitator_key: 403,
  mission_not_found: 404,
  mission_exists: 409,
  bad_transfer_file: 400,
  workshop_not_found: 404,
  constituency_not_found: 404,
  round_out_of_order: 409,
  round_not_found: 404,
  workshop_closed: 409,
  workshop_not_open: 409,
  entry_closed: 409,
  statement_unknown: 404,
  statement_locked: 409,
  statement_not_open: 409,
  value_off_scale: 400,
  not_joined: 401,
  not_subscribed: 409,
  bad_origin: 403,
  store_unavailable: 503,
  internal: 500,
  bad_rapporteur_token: 401,
  breakout_not_found: 404,
  breakout_exists: 409,
  breakout_closed: 409,
  group_not_found: 404,
  priority_unknown: 404,
  pillar_unknown: 404,
  limit_reached: 409,
  no_priorities: 409,
  vote_not_open: 409,
  vote_closed: 409,
  vote_exists: 409,
  too_many_choices: 400,
  plan_item_unknown: 404,
  action_unknown: 404,
};

/** The HTTP status of an error code. */
export function httpStatus(code: ErrorCode): number {
  return STATUS[code];
}
