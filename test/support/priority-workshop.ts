// A workshop at its plenary: break-out priorities recorded by rapporteurs, participants joined, ready to vote.
import { io } from "socket.io-client";
import {
  PROTOCOL_VERSION,
  type FacilitatorBreakout,
  type FacilitatorWorkshopView,
  type Mission,
  type PriorityDraft,
  type PriorityVoteState,
  type RapporteurView,
} from "@peerpulse/shared";
import { api, createMission, createWorkshop, join, type ClientSocket } from "./clients.ts";

/** An HTTP call with a rapporteur token (or none), as the rapporteur page makes it. */
export async function rapporteurApi<T>(
  url: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { "x-rapporteur-token": token } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export interface PlenaryWorkshop {
  mission: Mission;
  key: string;
  view: FacilitatorWorkshopView;
  workshopId: string;
  breakout: FacilitatorBreakout;
  /** Every priority the rapporteurs recorded, group by group. */
  priorityIds: string[];
  /** Participant tokens of the workshop. */
  tokens: string[];
}

/** A priority as a rapporteur would write it. */
export function priorityDraft(text: string, overrides: Partial<PriorityDraft> = {}): PriorityDraft {
  return {
    text,
    statementCodes: ["L1"],
    actions: [{ text: `Act on: ${text}`, resources: "two staff for three months" }],
    ...overrides,
  };
}

/**
 * Creates a mission and an open workshop, opens its break-out (one group per pillar), lets the first two groups'
 * rapporteurs record `perGroup` priorities each, and joins `participants` participants.
 */
export async function plenaryWorkshop(
  url: string,
  { participants = 6, perGroup = 2 }: { participants?: number; perGroup?: number } = {},
): Promise<PlenaryWorkshop> {
  const { mission, key } = await createMission(url);
  const view = await createWorkshop(url, mission, key);
  const workshopId = view.workshop.id;
  const opened = await api<FacilitatorBreakout>(url, "POST", `/api/workshops/${workshopId}/breakout`, {}, key);
  if (opened.status !== 201) throw new Error(`break-out not opened: ${JSON.stringify(opened.body)}`);
  for (const link of opened.body.links.slice(0, 2)) {
    for (let index = 0; index < perGroup; index += 1) {
      const text = `Priority ${index + 1} of ${link.groupId}`;
      const added = await rapporteurApi<RapporteurView>(url, "POST", "/api/rapporteur/priorities", link.token, {
        ...priorityDraft(text),
      });
      if (added.status !== 201) throw new Error(`priority not recorded: ${JSON.stringify(added.body)}`);
    }
  }
  const breakout = await api<FacilitatorBreakout>(url, "GET", `/api/workshops/${workshopId}/breakout`, undefined, key);
  const priorityIds = breakout.body.breakout.groups.flatMap((group) => group.priorities.map((priority) => priority.id));
  const tokens: string[] = [];
  for (let index = 0; index < participants; index += 1) tokens.push((await join(url, view.workshop.joinCode)).token);
  return { mission, key, view, workshopId, breakout: breakout.body, priorityIds, tokens };
}

/**
 * A participant socket listening for `vote:updated` from before it connects: the server sends the vote's state with
 * the connection, and a listener added once the connect promise resolves can come too late.
 */
export function participantHearingVote(
  url: string,
  token: string,
): Promise<{ socket: ClientSocket; firstVote: Promise<PriorityVoteState> }> {
  const socket: ClientSocket = io(url, {
    auth: { protocol: PROTOCOL_VERSION, role: "participant", token },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  });
  const firstVote = new Promise<PriorityVoteState>((resolve) => socket.once("vote:updated", resolve));
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve({ socket, firstVote }));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}
