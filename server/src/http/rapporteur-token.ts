// Where a rapporteur token travels over HTTP: a header, like the facilitator key (the page's own address holds it).
import type { FastifyRequest } from "fastify";

/** The header that carries a rapporteur token. */
export const RAPPORTEUR_TOKEN_HEADER = "x-rapporteur-token";

/** The rapporteur token a request presents, if any. */
export function rapporteurTokenOf(request: FastifyRequest): string | undefined {
  const value = request.headers[RAPPORTEUR_TOKEN_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 200 ? value : undefined;
}
