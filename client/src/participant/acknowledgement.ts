// Turns the server's answer to a rating or a vote into what the queue does next: keep it, retry it, or give it up.
import type { Ack, ErrorCode } from "@peerpulse/shared";
import type { Settlement } from "../lib/offline/rating-queue.svelte.ts";

/** Errors that say "not now" rather than "never": the rating (or vote) stays queued and is sent again. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "rate_limited",
  "store_unavailable",
  "internal",
  "not_joined",
  "bad_participant_token",
]);

export function acknowledgement(ack: Ack<unknown>): Settlement {
  if (ack.ok) return { kind: "saved" };
  return TRANSIENT.has(ack.error.code) ? { kind: "retry" } : { kind: "refused", code: ack.error.code };
}
