// Step 2 of a workshop for browser tests, through the real HTTP API and real sockets: open the break-out, record
// priorities, command the plenary vote, and voters that are not browsers.
import {
  PROTOCOL_VERSION,
  type Ack,
  type BreakoutOpening,
  type FacilitatorBreakout,
  type JoinResult,
  type PriorityDraft,
  type PriorityVoteEvents,
  type PriorityVoteState,
  type PriorityVoteTally,
  type ServerToClientEvents,
  type VoteCommand,
  type VoteReceipt,
} from "@peerpulse/shared";
import { io, type Socket } from "socket.io-client";
import type { WorkshopSetup } from "./browser-fixtures.ts";
import { voteId } from "./fixtures.ts";

async function call<T>(url: string, method: string, path: string, body?: unknown, key?: string): Promise<T> {
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

/** Opens the workshop's break-out (one group per pillar unless groups are named). */
export function openBreakout(
  url: string,
  setup: WorkshopSetup,
  opening: BreakoutOpening = {},
): Promise<FacilitatorBreakout> {
  return call(url, "POST", `/api/workshops/${setup.workshopId}/breakout`, opening, setup.facilitatorKey);
}

/** Records a priority in a group with the facilitator key. */
export function addPriority(
  url: string,
  setup: WorkshopSetup,
  groupId: string,
  draft: PriorityDraft,
): Promise<FacilitatorBreakout> {
  const path = `/api/workshops/${setup.workshopId}/breakout/groups/${groupId}/priorities`;
  return call(url, "POST", path, draft, setup.facilitatorKey);
}

/** Commands the workshop's vote over HTTP. */
export async function voteCommand(url: string, setup: WorkshopSetup, command: VoteCommand): Promise<PriorityVoteState> {
  const { vote } = await call<{ vote: PriorityVoteState }>(
    url,
    "POST",
    `/api/workshops/${setup.workshopId}/vote`,
    command,
    setup.facilitatorKey,
  );
  return vote;
}

/** The vote and its counts as the facilitator reads them. */
export function readVote(
  url: string,
  setup: WorkshopSetup,
): Promise<{ vote: PriorityVoteState | null; tally: PriorityVoteTally | null }> {
  return call(url, "GET", `/api/workshops/${setup.workshopId}/vote`, undefined, setup.facilitatorKey);
}

/** A participant that is not a browser: joins by code and votes over a real socket. */
export async function socketVoter(
  url: string,
  joinCode: string,
): Promise<{ vote(choices: string[]): Promise<Ack<VoteReceipt>>; close(): void }> {
  const joined = await call<JoinResult>(url, "POST", "/api/join", { joinCode });
  const socket: Socket<ServerToClientEvents, PriorityVoteEvents> = io(url, {
    auth: { protocol: PROTOCOL_VERSION, role: "participant", token: joined.token },
    transports: ["websocket"],
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return {
    vote: (choices) => new Promise((resolve) => socket.emit("vote:submit", { choices, voteId: voteId() }, resolve)),
    close: () => socket.close(),
  };
}
