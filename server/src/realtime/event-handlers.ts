// Which handler answers each client event: one entry per event of the shared map, checked by the compiler.
import type { ClientEvent } from "@peerpulse/shared";
import type { AnswerDeadline } from "../deadline/answer-deadline.ts";
import type { Services } from "../domain/services.ts";
import { listen, type EventHandler } from "./acknowledge.ts";
import { submitRating } from "./handlers/rating-submit.handler.ts";
import { controlVote } from "./handlers/vote-control.handler.ts";
import { submitVote } from "./handlers/vote-submit.handler.ts";
import { controlWorkshop } from "./handlers/workshop-control.handler.ts";
import { subscribeToWorkshop, unsubscribeFromWorkshop } from "./handlers/workshop-subscribe.handler.ts";
import type { PeerpulseSocket } from "./socket-types.ts";

/** Makes the handler of one event for one socket. */
export type HandlerFactory<Event extends ClientEvent> = (
  services: Services,
  socket: PeerpulseSocket,
) => EventHandler<Event>;

/** Every client event of `ClientToServerEvents` and its handler: an event left out, or a handler of another event, does not compile. */
export const EVENT_HANDLERS: { readonly [Event in ClientEvent]: HandlerFactory<Event> } = {
  "rating:submit": submitRating,
  "workshop:subscribe": subscribeToWorkshop,
  "workshop:unsubscribe": unsubscribeFromWorkshop,
  "workshop:control": controlWorkshop,
  "vote:submit": submitVote,
  "vote:control": controlVote,
};

/** Registers every event's handler on a newly connected socket. */
export function listenToEvents(
  services: Services,
  socket: PeerpulseSocket,
  log: (error: unknown) => void,
  deadline: AnswerDeadline,
): void {
  const wire = <Event extends ClientEvent>(event: Event): void =>
    listen(socket, event, EVENT_HANDLERS[event](services, socket), log, deadline);
  for (const event of Object.keys(EVENT_HANDLERS) as ClientEvent[]) wire(event);
}
