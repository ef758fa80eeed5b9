// The sockets one load process holds: participants joined over HTTP, and presenters following tallies.
import { io, type Socket } from "socket.io-client";
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type JoinResult,
  type PublicStatementTally,
  type ServerToClientEvents,
  type WorkshopTally,
} from "@peerpulse/shared";
import type { JoinReport, WorkshopPlan } from "./fleet-messages.ts";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One participant's phone: its socket, its workshop and how many sustained ratings it has sent. */
export interface Participant {
  socket: ClientSocket;
  workshopId: string;
  scalePoints: number;
  ratingsSent: number;
}

/** A presenter screen subscribed to one workshop; `onTally` is replaced by whoever is measuring. */
export interface Presenter {
  socket: ClientSocket;
  workshopId: string;
  onTally: (tally: WorkshopTally, at: number) => void;
}

/** How many answered a statement, whether or not the tally is suppressed for anonymity. */
export function answered(tally: PublicStatementTally | undefined): number {
  if (!tally) return 0;
  if (tally.suppressed) return tally.respondents;
  return tally.counts.reduce((sum, count) => sum + count, 0) + tally.dontKnow;
}

function connect(url: string, auth: Record<string, unknown>): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, { auth, transports: ["websocket"], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`no connection to ${url} within 30 s`));
    }, 30_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

async function joinOne(url: string, joinCode: string): Promise<string> {
  const response = await fetch(`${url}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ joinCode }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as JoinResult;
  if (response.status !== 200) throw new Error(`join failed with ${response.status}: ${JSON.stringify(body)}`);
  return body.token;
}

/** Runs `tasks` with at most `limit` in flight; every task runs once, so the loop ends by itself. */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
}

/** Joins every participant over HTTP, connects their sockets and subscribes one presenter per workshop. */
export async function joinWorkshops(
  plans: readonly WorkshopPlan[],
  participants: Participant[],
  presenters: Map<string, Presenter>,
): Promise<JoinReport> {
  const failures: string[] = [];
  const tasks: (() => Promise<void>)[] = [];
  for (const plan of plans) {
    tasks.push(async () => {
      try {
        const socket = await connect(plan.presenterUrl, {
          protocol: PROTOCOL_VERSION,
          role: "facilitator",
          missionId: plan.missionId,
          facilitatorKey: plan.facilitatorKey,
        });
        const presenter: Presenter = { socket, workshopId: plan.workshopId, onTally: () => undefined };
        socket.on("tally:updated", (tally) => presenter.onTally(tally, performance.now()));
        const ack = (await socket.timeout(30_000).emitWithAck("workshop:subscribe", {
          workshopId: plan.workshopId,
        })) as Ack<unknown>;
        if (!ack.ok) throw new Error(`subscribe refused: ${ack.error.code}`);
        presenters.set(plan.workshopId, presenter);
      } catch (error) {
        failures.push(`presenter of ${plan.workshopId}: ${(error as Error).message}`);
      }
    });
    for (let index = 0; index < plan.participants; index += 1) {
      const url = plan.participantUrls[index % plan.participantUrls.length]!;
      tasks.push(async () => {
        try {
          const token = await joinOne(url, plan.joinCode);
          const socket = await connect(url, { protocol: PROTOCOL_VERSION, role: "participant", token });
          participants.push({ socket, workshopId: plan.workshopId, scalePoints: plan.scalePoints, ratingsSent: 0 });
        } catch (error) {
          failures.push(`participant of ${plan.workshopId}: ${(error as Error).message}`);
        }
      });
    }
  }
  await pool(tasks, 64);
  return { connected: participants.length, presenters: presenters.size, failures: failures.slice(0, 20) };
}

/** Connects sockets to bare baseline servers (which take any handshake), to each of `urls` in turn. */
export async function connectBaseline(urls: string[], count: number, participants: Participant[]): Promise<JoinReport> {
  const failures: string[] = [];
  const tasks = Array.from({ length: count }, (_, index) => async () => {
    try {
      const socket = await connect(urls[index % urls.length]!, {});
      participants.push({ socket, workshopId: "baseline", scalePoints: 5, ratingsSent: 0 });
    } catch (error) {
      failures.push((error as Error).message);
    }
  });
  await pool(tasks, 64);
  return { connected: participants.length, presenters: 0, failures: failures.slice(0, 20) };
}
