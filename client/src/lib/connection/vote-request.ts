// Sends the priority vote's events (`vote:submit`, `vote:control`) and waits for their acknowledgement, typed from
// the shared `PriorityVoteEvents` map whichever event map the socket was opened with.
import type { Ack, PriorityVoteEvents } from "@peerpulse/shared";
import type { Socket } from "socket.io-client";
import type { PeerpulseSocket } from "./socket.ts";

/** A vote event's name. */
export type VoteEvent = keyof PriorityVoteEvents;
type Payload<Event extends VoteEvent> = Parameters<PriorityVoteEvents[Event]>[0];
type Answer<Event extends VoteEvent> = Parameters<Parameters<PriorityVoteEvents[Event]>[1]>[0];

/** Emits a vote event; rejects after `timeoutMs` without an answer (the link may be dead). */
export function requestVote<Event extends VoteEvent>(
  socket: PeerpulseSocket,
  event: Event,
  payload: Payload<Event>,
  timeoutMs: number,
): Promise<Answer<Event> & Ack<unknown>> {
  // As in socket.ts: socket.io's typings cannot follow a generic event name through timeout().
  const untyped = socket as unknown as Socket;
  return new Promise((resolve, reject) => {
    untyped.timeout(timeoutMs).emit(event, payload, (error: Error | null, result: Answer<Event> & Ack<unknown>) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}
