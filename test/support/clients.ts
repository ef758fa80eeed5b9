// Real clients of a running peerpulse: HTTP calls and socket.io-client sockets, as the screens use them.
import { io, type Socket } from "socket.io-client";
import {
  PROTOCOL_VERSION,
  SAMPLE_QUESTIONNAIRE,
  type Ack,
  type ClientEvent,
  type ClientToServerEvents,
  type EventAck,
  type EventPayload,
  type FacilitatorWorkshopView,
  type JoinResult,
  type Mission,
  type MissionDraft,
  type ServerToClientEvents,
  type WorkshopCommand,
} from "@peerpulse/shared";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function api<T>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  key?: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(key ? { "x-facilitator-key": key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export function missionDraft(overrides: Partial<MissionDraft> = {}): MissionDraft {
  return {
    title: "OPR Testland 2026",
    kind: "operational-peer-review",
    country: "Testland",
    languages: ["en", "fr", "ar", "es"],
    pillars: SAMPLE_QUESTIONNAIRE.pillars,
    statements: SAMPLE_QUESTIONNAIRE.statements.slice(0, 6),
    constituencies: [{ name: "ICCG" }, { name: "INGOs" }, { name: "HCT", isHct: true }],
    ...overrides,
  };
}

export async function createMission(
  url: string,
  overrides: Partial<MissionDraft> = {},
): Promise<{ mission: Mission; key: string }> {
  const created = await api<{ mission: Mission; facilitatorKey: string }>(
    url,
    "POST",
    "/api/missions",
    missionDraft(overrides),
  );
  if (created.status !== 201) throw new Error(`mission not created: ${JSON.stringify(created.body)}`);
  return { mission: created.body.mission, key: created.body.facilitatorKey };
}

export async function createWorkshop(
  url: string,
  mission: Mission,
  key: string,
  options: { pacing?: "presenter-led" | "self-paced"; open?: boolean; constituency?: number } = {},
): Promise<FacilitatorWorkshopView> {
  const created = await api<FacilitatorWorkshopView>(
    url,
    "POST",
    `/api/missions/${mission.id}/workshops`,
    {
      constituencyId: mission.constituencies[options.constituency ?? 0]!.id,
      date: "2026-11-23",
      place: "Capital",
      pacing: options.pacing ?? "self-paced",
    },
    key,
  );
  if (created.status !== 201) throw new Error(`workshop not created: ${JSON.stringify(created.body)}`);
  if (options.open ?? true) await control(url, created.body.workshop.id, key, { command: "open" });
  return created.body;
}

export async function control(url: string, workshopId: string, key: string, command: WorkshopCommand) {
  return api<{ state: unknown }>(url, "POST", `/api/workshops/${workshopId}/control`, command, key);
}

export async function join(url: string, joinCode: string, token?: string): Promise<JoinResult> {
  const joined = await api<JoinResult>(url, "POST", "/api/join", { joinCode, ...(token ? { token } : {}) });
  if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
  return joined.body;
}

function connect(url: string, auth: Record<string, unknown>): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, { auth, transports: ["websocket"], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

export function participantSocket(url: string, token: string): Promise<ClientSocket> {
  return connect(url, { protocol: PROTOCOL_VERSION, role: "participant", token });
}

export function facilitatorSocket(url: string, missionId: string, facilitatorKey: string): Promise<ClientSocket> {
  return connect(url, { protocol: PROTOCOL_VERSION, role: "facilitator", missionId, facilitatorKey });
}

/** Waits for the first event that satisfies the predicate. */
export function waitFor<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  predicate: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!predicate(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args[0]);
    };
    socket.on(event, listener as never);
  });
}

/** Emits an event and resolves with its acknowledgement, both typed from the shared event map. */
export function ask<Event extends ClientEvent>(
  socket: ClientSocket,
  event: Event,
  payload: EventPayload<Event>,
): Promise<EventAck<Event>> {
  return askAnything(socket, event, payload) as Promise<EventAck<Event>>;
}

/** Emits any payload under any event name, as a hostile or broken client would, and resolves with the answer. */
export function askAnything(socket: ClientSocket, event: string, payload: unknown): Promise<Ack<unknown>> {
  // Outside the typed map on purpose: Socket.IO's typings only accept the map's events and payloads.
  return (
    socket.timeout(10_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>> }
  ).emitWithAck(event, payload);
}
