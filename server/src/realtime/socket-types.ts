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

export type PeerpulseServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type PeerpulseSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
