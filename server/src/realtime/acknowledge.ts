// The one wrapper every socket handler runs in: validates the payload, answers with an Ack, never throws.
import type { ApiError, ClientEvent, EventAck, EventPayload, EventResult } from "@peerpulse/shared";
import type { z } from "zod";
import { asError, type AnswerDeadline } from "../deadline/answer-deadline.ts";
import { DomainError } from "../domain/domain-error.ts";
import { parseInput } from "../domain/parse-input.ts";
import type { PeerpulseSocket } from "./socket-types.ts";

/** A socket event handler: the schema of its payload, and what it does with a valid one. */
export interface PayloadHandler<Payload, Result> {
  readonly schema: z.ZodType<Payload>;
  readonly handle: (input: Payload) => Promise<Result>;
}

/**
 * The handler of one client event, typed from the shared event map: a handler written for another event has
 * another payload or result, and does not fit. (An alias rather than an interface generic in the event name:
 * TypeScript compares two instances of such an interface by a variance it cannot measure through the map, and
 * let any handler pass for any event.)
 */
export type EventHandler<Event extends ClientEvent> = PayloadHandler<EventPayload<Event>, EventResult<Event>>;

/** Turns any thrown value into the error a client may see; unexpected ones are logged, not shown. */
export function toApiError(error: unknown, log: (error: unknown) => void): ApiError {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  log(error);
  return { code: "internal", message: "something went wrong on the server; try again" };
}

/**
 * Registers `handler` for `event` on a socket. The handler's type is taken from the event's name (`NoInfer`), so
 * a handler wired to the wrong event does not compile. What arrives is still untrusted: a payload that fails the
 * schema is refused with `bad_request` (a callback sent with no payload at all too), and a call without an
 * acknowledgement callback is ignored, since the protocol requires one on every client event. The answer is due
 * `deadline.limitMs` after the event arrived: what is not ready by then is answered `store_unavailable`, and an
 * answer that comes later is dropped, so no rating is ever acknowledged after the deadline.
 */
export function listen<Event extends ClientEvent>(
  socket: PeerpulseSocket,
  event: Event,
  handler: NoInfer<EventHandler<Event>>,
  log: (error: unknown) => void,
  deadline: AnswerDeadline,
): void {
  const listener = (...args: unknown[]): void => {
    const reply = args[args.length - 1];
    if (typeof reply !== "function") return;
    const answer = reply as (result: EventAck<Event>) => void;
    const payload = args.length > 1 ? args[0] : undefined;
    const work = (async () => handler.handle(parseInput(handler.schema, payload)))();
    deadline.watch(work, asError).then(
      (data) => answer({ ok: true, data }),
      (error: unknown) => {
        if (socket.connected) answer({ ok: false, error: toApiError(error, log) });
      },
    );
  };
  // Socket.IO's typings cannot follow a generic event name into `on`; the handler's type was checked above, and
  // the listener takes what arrives as unknown because a client may send anything.
  (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(event, listener);
}
