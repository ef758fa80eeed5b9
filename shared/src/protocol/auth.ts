// The Socket.IO handshake: who a socket is, checked once when it connects.
import { z } from "zod";
import { EntityId } from "../schemas/mission.ts";

/** Handshake `auth` of a participant socket (token from `POST /api/join`). */
export const ParticipantAuth = z.object({
  protocol: z.number().int(),
  role: z.literal("participant"),
  token: z.string().min(1).max(200),
});
/** Handshake `auth` of a participant socket. */
export type ParticipantAuth = z.infer<typeof ParticipantAuth>;

/** Handshake `auth` of a facilitator's console or presenter screen. */
export const FacilitatorAuth = z.object({
  protocol: z.number().int(),
  role: z.literal("facilitator"),
  missionId: EntityId,
  facilitatorKey: z.string().min(1).max(200),
});
/** Handshake `auth` of a facilitator's console or presenter screen. */
export type FacilitatorAuth = z.infer<typeof FacilitatorAuth>;

/** Every handshake `auth`. */
export const SocketAuth = z.discriminatedUnion("role", [ParticipantAuth, FacilitatorAuth]);
/** Every handshake `auth`. */
export type SocketAuth = z.infer<typeof SocketAuth>;
