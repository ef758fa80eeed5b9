// Where a facilitator key travels over HTTP: a header, never the URL (URLs end up on projectors and in logs).
import type { FastifyRequest } from "fastify";

/** The header that carries the facilitator key. */
export const FACILITATOR_KEY_HEADER = "x-facilitator-key";

/** The facilitator key a request presents, if any. */
export function facilitatorKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[FACILITATOR_KEY_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 200 ? value : undefined;
}
