// Attaches Socket.IO to the HTTP server: origin check, handshake identity, event limits and handlers.
import type { Server as HttpServer, IncomingMessage } from "node:http";
import { Server } from "socket.io";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { PROTOCOL_VERSION, SocketAuth, type Ack } from "@peerpulse/shared";
import type { FastifyBaseLogger } from "fastify";
import { AnswerDeadline } from "../deadline/answer-deadline.ts";
import { ANSWER_DEADLINE_MS } from "../deadline/deadlines.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { JoinAddressBook } from "../domain/join-addresses.ts";
import type { Services } from "../domain/services.ts";
import { controlState } from "../domain/workshop-state.ts";
import { toApiError } from "./acknowledge.ts";
import { listenToEvents } from "./event-handlers.ts";
import { participantsRoom } from "./rooms.ts";
import type { PeerpulseServer, PeerpulseSocket, SocketIdentity } from "./socket-types.ts";

/** Largest socket message accepted, in bytes: a rating is under 200. */
export const MAX_SOCKET_MESSAGE_BYTES = 16_384;
/** Events one connection may send per window: enough to replay a whole offline queue at once. */
export const SOCKET_EVENT_LIMIT = { points: 120, duration: 10 };
/** A connection that keeps sending after this many events in one window is a flood, not a phone: it is closed. */
export const SOCKET_FLOOD_CLOSE_AFTER = SOCKET_EVENT_LIMIT.points * 5;

/**
 * A browser always sends Origin on a WebSocket upgrade, and CORS does not cover WebSockets: refuse an
 * origin other than our own addresses (PUBLIC_URL, or without it the machine's network addresses) or the host
 * itself (cross-site WebSocket hijacking). Clients that are not browsers send no Origin and are let through to
 * the handshake checks.
 */
export function originAllowed(request: IncomingMessage, addresses: JoinAddressBook): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return addresses.allows(origin) || new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function createSocketServer(
  httpServer: HttpServer,
  services: Services,
  addresses: JoinAddressBook,
  log: FastifyBaseLogger,
): PeerpulseServer {
  const io: PeerpulseServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    cors: { origin: (origin, callback) => callback(null, origin !== undefined && addresses.allows(origin)) },
  });

  // The Origin is checked as the first step of the namespace handshake rather than by the transport (engine.io's
  // allowRequest), so a refused page gets the documented `connect_error` with `bad_origin` instead of a bare
  // transport error; no event of its connection is ever handled (C5, C10).
  io.use((socket, next) => {
    if (originAllowed(socket.request, addresses)) return next();
    next(
      Object.assign(new Error("this page's origin may not connect to this server"), {
        data: { code: "bad_origin", message: "this page's origin may not connect to this server" },
      }),
    );
  });

  io.use((socket, next) => {
    identify(services, socket.handshake.auth)
      .then((identity) => {
        socket.data.identity = identity;
        next();
      })
      .catch((error: unknown) => {
        const apiError = toApiError(error, (unexpected) => log.error({ err: unexpected }, "handshake failed"));
        next(Object.assign(new Error(apiError.message), { data: apiError }));
      });
  });

  // One clock for every event of every socket of this process: each is answered within ANSWER_DEADLINE_MS.
  const deadline = new AnswerDeadline(
    ANSWER_DEADLINE_MS,
    () =>
      new DomainError(
        "store_unavailable",
        `no answer within ${ANSWER_DEADLINE_MS} ms; nothing was acknowledged: send it again (a rating with the same vote id)`,
      ),
  );
  io.on("connection", (socket) => {
    wireSocket(services, socket, log, deadline);
  });
  return io;
}

async function identify(services: Services, auth: unknown): Promise<SocketIdentity> {
  const parsed = SocketAuth.safeParse(auth);
  if (!parsed.success)
    throw new DomainError(
      "bad_request",
      "the handshake needs auth { protocol, role, token } or { protocol, role, missionId, facilitatorKey }",
    );
  if (parsed.data.protocol !== PROTOCOL_VERSION)
    throw new DomainError("bad_request", `this server speaks protocol ${PROTOCOL_VERSION}; reload the page`);
  if (parsed.data.role === "participant")
    return { role: "participant", participant: await services.participation.identify(parsed.data.token) };
  return {
    role: "facilitator",
    mission: await services.missions.authorize(parsed.data.missionId, parsed.data.facilitatorKey),
  };
}

function wireSocket(
  services: Services,
  socket: PeerpulseSocket,
  log: FastifyBaseLogger,
  deadline: AnswerDeadline,
): void {
  const limiter = new RateLimiterMemory(SOCKET_EVENT_LIMIT);
  const logError = (error: unknown) => log.error({ err: error, socket: socket.id }, "socket handler failed");

  socket.use((packet, next) => {
    limiter.consume(socket.id).then(
      () => next(),
      (refusal: unknown) => {
        // Answering every event of a flood still costs parsing; past a point the connection is dropped.
        if (refusal instanceof RateLimiterRes && refusal.consumedPoints > SOCKET_FLOOD_CLOSE_AFTER) {
          socket.disconnect(true);
          return;
        }
        const reply = packet[packet.length - 1] as unknown;
        if (typeof reply === "function") {
          (reply as (ack: Ack<never>) => void)({
            ok: false,
            error: { code: "rate_limited", message: "too many messages; slow down" },
          });
        }
      },
    );
  });

  listenToEvents(services, socket, logError, deadline);

  const { identity } = socket.data;
  if (identity.role === "participant") {
    const { workshopId } = identity.participant;
    void socket.join(participantsRoom(workshopId));
    services.missions
      .getWorkshop(workshopId)
      .then((workshop) => socket.emit("workshop:updated", controlState(workshop)), logError);
    services.votes.current(workshopId).then((vote) => {
      if (vote) socket.emit("vote:updated", vote);
    }, logError);
  }
}
