// The one typed Socket.IO connection of the screens: same origin, the shared event maps, the handshake auth.
import {
  PROTOCOL_VERSION,
  type ClientEvent,
  type ClientToServerEvents,
  type EventAck,
  type EventPayload,
  type FacilitatorAuth,
  type ParticipantAuth,
  type ServerToClientEvents,
} from "@peerpulse/shared";
import { io, type Socket } from "socket.io-client";

/** A socket speaking the peerpulse protocol. */
export type PeerpulseSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function connect(auth: ParticipantAuth | FacilitatorAuth): PeerpulseSocket {
  return io({
    path: "/socket.io",
    auth,
    // Phones on weak data drop often: retry quickly at first, never give up.
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
}

/** Connects a participant's phone with the token it got from `POST /api/join`. */
export function connectParticipant(token: string): PeerpulseSocket {
  return connect({ protocol: PROTOCOL_VERSION, role: "participant", token });
}

/** Connects a facilitator's console or presenter screen to one mission. */
export function connectFacilitator(missionId: string, facilitatorKey: string): PeerpulseSocket {
  return connect({ protocol: PROTOCOL_VERSION, role: "facilitator", missionId, facilitatorKey });
}

/** Sends an event and waits for its acknowledgement; rejects after `timeoutMs` (the link may be dead). */
export function request<Event extends ClientEvent>(
  socket: PeerpulseSocket,
  event: Event,
  payload: EventPayload<Event>,
  timeoutMs: number,
): Promise<EventAck<Event>> {
  // socket.io's typings cannot follow a generic event name through timeout(); the maps above still type both ends.
  const untyped = socket as unknown as Socket;
  return new Promise((resolve, reject) => {
    untyped.timeout(timeoutMs).emit(event, payload, (error: Error | null, result: EventAck<Event>) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
}
