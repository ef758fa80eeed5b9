// POST /api/join: a participant joins a workshop by its code and gets a token that its device keeps.
import type { FastifyInstance } from "fastify";
import { JoinRequest } from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import { parseInput } from "../../domain/parse-input.ts";
import type { Services } from "../../domain/services.ts";
import type { JoinGuard } from "../join-guard.ts";

/** Header with a random id the participant page makes once per device, to count its failed attempts. */
export const DEVICE_HEADER = "x-device-id";

export function joinRoutes(app: FastifyInstance, { participation }: Services, guard: JoinGuard): void {
  app.post("/api/join", async (request) => {
    const join = parseInput(JoinRequest, request.body);
    const device = request.headers[DEVICE_HEADER];
    const attempt = {
      device: typeof device === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(device) ? device : undefined,
      code: join.joinCode.slice(0, 20),
      address: request.ip,
    };
    // A join token (the link, the QR code) or a returning participant token cannot be guessed: only typed codes
    // are limited, so a flood of wrong codes from one phone never blocks the room behind its address (rule G2).
    const typedCodeOnly = (await participation.admission(join)) === "typed-code";
    if (typedCodeOnly) await guard.check(attempt);
    try {
      return await participation.join(join);
    } catch (error) {
      if (typedCodeOnly && error instanceof DomainError && error.code === "bad_join_code")
        await guard.recordFailure(attempt);
      throw error;
    }
  });
}
