// The typed Socket.IO server of peerpulse, and what each socket knows about who it is.
import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, Mission, ServerToClientEvents } from "@peerpulse/shared";
import type { ParticipantIdentity } from "../domain/participation.service.ts";

/** Who a socket is, set once by the handshake. */
export type SocketIdentity =
  { role: "participant"; participant: ParticipantIdentity } | { role: "facilitator"; mission: Mission };

/** Per-socket data. */
export interface SocketData {
  identity: SocketIdentity;
}

/** Events between server processes (through the Redis adapter). */
export interface InterServerEvents {
  /** These workshops' tallies changed: processes holding their presenters read and send them. */
  "tallies:changed": (workshopIds: string[]) => void;
  /** These workshops' priority vote counts changed. */
  "vote-tallies:changed": (workshopIds: string[]) => void;
}

export type PeerpulseServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type PeerpulseSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
