// Type-level tests, run by `npm run typecheck`: a handler wired to the wrong event must not compile. Each
// `@ts-expect-error` below fails the typecheck if the line after it ever compiles.
import { z } from "zod";
import type { AnswerDeadline } from "../deadline/answer-deadline.ts";
import type { Services } from "../domain/services.ts";
import { listen, type EventHandler } from "./acknowledge.ts";
import { EVENT_HANDLERS, type HandlerFactory } from "./event-handlers.ts";
import { submitRating } from "./handlers/rating-submit.handler.ts";
import { controlWorkshop } from "./handlers/workshop-control.handler.ts";
import type { PeerpulseSocket } from "./socket-types.ts";

export function wiredRight(
  services: Services,
  socket: PeerpulseSocket,
  log: (error: unknown) => void,
  deadline: AnswerDeadline,
): void {
  listen(socket, "rating:submit", submitRating(services, socket), log, deadline);
  listen(socket, "workshop:control", controlWorkshop(services, socket), log, deadline);
}

export function wiredWrong(
  services: Services,
  socket: PeerpulseSocket,
  log: (error: unknown) => void,
  deadline: AnswerDeadline,
): void {
  // @ts-expect-error the rating handler takes a rating and answers a receipt, not a workshop command
  listen(socket, "workshop:control", submitRating(services, socket), log, deadline);
  // @ts-expect-error the control handler answers a control state, not a rating receipt
  listen(socket, "rating:submit", controlWorkshop(services, socket), log, deadline);
}

/** A handler whose payload is a rating but whose answer is something else. */
export const answersTheWrongThing = {
  schema: z.object({ statementCode: z.string(), value: z.number(), voteId: z.string() }),
  handle: () => Promise.resolve({ accepted: true }),
};

export function wrongAnswer(socket: PeerpulseSocket, log: (error: unknown) => void, deadline: AnswerDeadline): void {
  // @ts-expect-error its answer is not a RatingReceipt
  listen(socket, "rating:submit", answersTheWrongThing, log, deadline);
}

export const everyEventOnce: typeof EVENT_HANDLERS = { ...EVENT_HANDLERS };

// @ts-expect-error an event of the shared map left without a handler
export const oneMissing: typeof EVENT_HANDLERS = { ...EVENT_HANDLERS, "workshop:unsubscribe": undefined };

export const swapped: typeof EVENT_HANDLERS = {
  ...EVENT_HANDLERS,
  // @ts-expect-error the control handler put under rating:submit
  "rating:submit": controlWorkshop,
};

export const factory: HandlerFactory<"workshop:control"> = controlWorkshop;
export const handler = (services: Services, socket: PeerpulseSocket): EventHandler<"rating:submit"> =>
  submitRating(services, socket);
