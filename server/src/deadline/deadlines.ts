// The deadlines the server keeps, in one place: docs/api.md and docs/protocol.md (F2, F8–F10) quote these numbers.

/**
 * Every socket event is answered within this time of its receipt, and every store call within this time of its
 * start: with its result, or with `store_unavailable` when the store has not answered by then. An answer that
 * comes later is dropped, never sent as an acknowledgement. Ratings are acknowledged in a few milliseconds (ack
 * p99 ≤ 250 ms at the sustained load in docs/performance.md), so this is far above any healthy answer.
 */
export const ANSWER_DEADLINE_MS = 2_000;

/**
 * `GET /healthz` answers within this time: `503 unavailable` when the store has not answered its check by then,
 * so a load balancer's health check fails over instead of hanging on a store that does not answer.
 */
export const HEALTH_DEADLINE_MS = 1_000;
