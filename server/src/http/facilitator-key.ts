// Where a facilitator key travels over HTTP: a header, never the URL (URLs end up on projectors and in logs).
import type { FastifyRequest } from "fastify";
import { DomainError } from "../domain/domain-error.ts";

/** The header that carries the facilitator key. */
export const FACILITATOR_KEY_HEADER = "x-facilitator-key";

/** The longest facilitator key header accepted (keys are 35 characters; the socket handshake has the same bound). */
export const MAX_FACILITATOR_KEY_LENGTH = 200;

/** The facilitator key a request presents, if any; a header longer than any key is a malformed request (C11). */
export function facilitatorKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[FACILITATOR_KEY_HEADER];
  if (typeof value !== "string" || value.length === 0) return undefined;
  if (value.length > MAX_FACILITATOR_KEY_LENGTH)
    throw new DomainError(
      "bad_request",
      `${FACILITATOR_KEY_HEADER}: a facilitator key is at most ${MAX_FACILITATOR_KEY_LENGTH} characters`,
    );
  return value;
}
