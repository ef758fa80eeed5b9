// The one wrapper every socket handler runs in: validates the payload, answers with an Ack, never throws.
import type { Ack, ApiError } from "@peerpulse/shared";
import type { z } from "zod";
import { DomainError } from "../domain/domain-error.ts";
import { parseInput } from "../domain/parse-input.ts";
import type { PeerpulseSocket } from "./socket-types.ts";

/** A socket event handler: the schema of its payload and what it does with a valid one. */
export interface EventHandler<Input, Result> {
  schema: z.ZodType<Input>;
  handle(input: Input): Promise<Result>;
}

/** Turns any thrown value into the error a client may see; unexpected ones are logged, not shown. */
export function toApiError(error: unknown, log: (error: unknown) => void): ApiError {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  log(error);
  return { code: "internal", message: "something went wrong on the server; try again" };
}

/**
 * Wraps a handler: a payload that fails its schema is refused with `bad_request`; a call without an
 * acknowledgement callback is ignored, since the protocol requires one on every client event.
 */
export function acknowledged<Input, Result>(
  socket: PeerpulseSocket,
  handler: EventHandler<Input, Result>,
  log: (error: unknown) => void,
) {
  return (payload: unknown, reply: unknown): void => {
    if (typeof reply !== "function") return;
    const answer = reply as (result: Ack<Result>) => void;
    void (async () => {
      try {
        answer({ ok: true, data: await handler.handle(parseInput(handler.schema, payload)) });
      } catch (error) {
        if (socket.connected) answer({ ok: false, error: toApiError(error, log) });
      }
    })();
  };
}
