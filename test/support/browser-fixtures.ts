// Sets up missions and workshops for browser tests through the real HTTP API, and extra voters through real sockets.
import {
  DEFAULT_SCALE,
  PROTOCOL_VERSION,
  SAMPLE_QUESTIONNAIRE,
  type Ack,
  type ClientToServerEvents,
  type FacilitatorWorkshopView,
  type JoinResult,
  type Language,
  type Mission,
  type MissionDraft,
  type Pacing,
  type RatingReceipt,
  type RatingValue,
  type ServerToClientEvents,
  type WorkshopCommand,
  type WorkshopControlState,
  type WorkshopTally,
} from "@peerpulse/shared";
import { io, type Socket } from "socket.io-client";
import { voteId } from "./fixtures.ts";

/** A mission with one workshop, as a facilitator created it. */
export interface WorkshopSetup {
  mission: Mission;
  facilitatorKey: string;
  view: FacilitatorWorkshopView;
  workshopId: string;
  joinCode: string;
}

async function call<T>(url: string, method: "GET" | "POST", path: string, body?: unknown, key?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (key) headers["x-facilitator-key"] = key;
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const payload = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(payload)}`);
  return payload;
}

/** Creates a mission from the sample questionnaire and one workshop of its first constituency. */
export async function createWorkshop(
  url: string,
  options: { languages?: Language[]; pacing?: Pacing; anonymityMinimum?: number; open?: boolean } = {},
): Promise<WorkshopSetup> {
  const draft: MissionDraft = {
    title: "OPR Testland 2026",
    kind: "operational-peer-review",
    country: "Testland",
    languages: options.languages ?? ["en", "fr", "ar", "es"],
    scale: DEFAULT_SCALE,
    pillars: SAMPLE_QUESTIONNAIRE.pillars,
    statements: SAMPLE_QUESTIONNAIRE.statements,
    constituencies: [{ name: "INGO forum", isHct: false }],
    anonymityMinimum: options.anonymityMinimum ?? 2,
  };
  const { mission, facilitatorKey } = await call<{ mission: Mission; facilitatorKey: string }>(
    url,
    "POST",
    "/api/missions",
    draft,
  );
  const view = await call<FacilitatorWorkshopView>(
    url,
    "POST",
    `/api/missions/${mission.id}/workshops`,
    {
      constituencyId: mission.constituencies[0]!.id,
      date: "2026-11-23",
      place: "Capital",
      pacing: options.pacing ?? "self-paced",
    },
    facilitatorKey,
  );
  const setup = { mission, facilitatorKey, view, workshopId: view.workshop.id, joinCode: view.workshop.joinCode };
  if (options.open ?? true) await control(url, setup, { command: "open" });
  return setup;
}

/** Runs a facilitator command over HTTP. */
export async function control(
  url: string,
  setup: WorkshopSetup,
  command: WorkshopCommand,
): Promise<WorkshopControlState> {
  const { state } = await call<{ state: WorkshopControlState }>(
    url,
    "POST",
    `/api/workshops/${setup.workshopId}/control`,
    command,
    setup.facilitatorKey,
  );
  return state;
}

/** The workshop's tally as the facilitator sees it. */
export function tally(url: string, setup: WorkshopSetup): Promise<WorkshopTally> {
  return call<WorkshopTally>(url, "GET", `/api/workshops/${setup.workshopId}/tally`, undefined, setup.facilitatorKey);
}

/** A participant that is not a browser: joins by code and rates over a real socket. */
export async function socketParticipant(
  url: string,
  joinCode: string,
): Promise<{ rate(code: string, value: RatingValue): Promise<Ack<RatingReceipt>>; close(): void }> {
  const joined = await call<JoinResult>(url, "POST", "/api/join", { joinCode });
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: { protocol: PROTOCOL_VERSION, role: "participant", token: joined.token },
    transports: ["websocket"],
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return {
    rate: (statementCode, value) =>
      new Promise((resolve) => socket.emit("rating:submit", { statementCode, value, voteId: voteId() }, resolve)),
    close: () => socket.close(),
  };
}
