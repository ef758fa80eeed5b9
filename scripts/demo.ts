// `npm run demo`: the service with a demo mission on the sample questionnaire and simulated participants voting.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { io, type Socket } from "socket.io-client";
import {
  PROTOCOL_VERSION,
  SAMPLE_QUESTIONNAIRE,
  type ClientToServerEvents,
  type JoinResult,
  type Mission,
  type ServerToClientEvents,
} from "@peerpulse/shared";
import { buildApp } from "../server/src/app.ts";
import { configFromEnvironment } from "../server/src/config.ts";
import { profileOf, seededRandom, simulatedRating } from "./demo/voting-profiles.ts";

const CONSTITUENCIES = [
  { name: "Inter-cluster coordination group", people: 14 },
  { name: "International NGOs", people: 18 },
  { name: "National NGOs", people: 16 },
  { name: "Area team North", people: 9 },
  { name: "Humanitarian Country Team", people: 12, isHct: true },
];
/** How long the live workshop keeps voting, so its presenter screen moves while you watch (DEMO_LIVE_SECONDS). */
const LIVE_SECONDS = Math.max(1, Number(process.env.DEMO_LIVE_SECONDS ?? 60) || 60);

type DemoSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function call<T>(base: string, path: string, body: unknown, key?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { "x-facilitator-key": key } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function participant(base: string, joinCode: string): Promise<DemoSocket> {
  const joined = await call<JoinResult>(base, "/api/join", { joinCode });
  const socket: DemoSocket = io(base, {
    auth: { protocol: PROTOCOL_VERSION, role: "participant", token: joined.token },
    transports: ["websocket"],
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}

async function main(): Promise<void> {
  const environment = {
    PORT: "3000",
    DATA_DIR: mkdtempSync(join(tmpdir(), "peerpulse-demo-")),
    LOG_LEVEL: "warn",
    ...process.env,
  };
  const config = configFromEnvironment(environment, fileURLToPath(new URL("../client/dist", import.meta.url)));
  const app = await buildApp(config);
  await app.http.listen({ port: config.port, host: config.host });
  const base = `http://127.0.0.1:${config.port}`;

  const { mission, facilitatorKey } = await call<{ mission: Mission; facilitatorKey: string }>(base, "/api/missions", {
    title: "Demo peer review — Arcadia 2026",
    kind: "operational-peer-review",
    country: "Arcadia (fictional)",
    languages: ["en", "fr", "ar", "es"],
    pillars: SAMPLE_QUESTIONNAIRE.pillars,
    statements: SAMPLE_QUESTIONNAIRE.statements,
    constituencies: CONSTITUENCIES.map(({ name, isHct }) => ({ name, isHct: isHct ?? false })),
  });
  const random = seededRandom(2026);
  const sockets: DemoSocket[] = [];
  const workshops: { id: string; joinCode: string; name: string }[] = [];
  const live: { socket: DemoSocket; isHct: boolean }[] = [];

  for (const [index, constituency] of mission.constituencies.entries()) {
    const plan = CONSTITUENCIES[index]!;
    const view = await call<{ workshop: { id: string; joinCode: string } }>(
      base,
      `/api/missions/${mission.id}/workshops`,
      { constituencyId: constituency.id, date: "2026-11-23", place: "Capital", pacing: "self-paced" },
      facilitatorKey,
    );
    await call(base, `/api/workshops/${view.workshop.id}/control`, { command: "open" }, facilitatorKey);
    await call(base, `/api/workshops/${view.workshop.id}/control`, { command: "reveal" }, facilitatorKey);
    workshops.push({ ...view.workshop, name: constituency.name });
    const isLive = index === 0;
    for (let person = 0; person < plan.people; person += 1) {
      const socket = await participant(base, view.workshop.joinCode);
      sockets.push(socket);
      if (isLive) {
        live.push({ socket, isHct: constituency.isHct });
        continue;
      }
      for (const [statementIndex, statement] of mission.statements.entries()) {
        const value = simulatedRating(profileOf(statementIndex), constituency.isHct, random);
        await socket.emitWithAck("rating:submit", {
          statementCode: statement.code,
          value,
          voteId: `demo-${constituency.id}-${person}-${statement.code}`,
        });
      }
    }
    // Everyone in a complete workshop has rated every statement: its facilitator closes it, as they would.
    if (!isLive) await call(base, `/api/workshops/${view.workshop.id}/control`, { command: "close" }, facilitatorKey);
  }

  const presenter = workshops[0]!;
  console.log(`
peerpulse demo is running at ${base}

  Facilitator console: ${base}/console.html
  Mission id:          ${mission.id}
  Facilitator key:     ${facilitatorKey}
  Presenter screen:    ${base}/present.html?mission=${mission.id}&workshop=${presenter.id}
  Analysis page:       ${base}/analysis.html?mission=${mission.id}
  Join the live workshop (${presenter.name}) from a phone: ${app.addresses.list()[0]!.origin}/j/${presenter.joinCode}

In the console, "Open a mission" takes the mission id and key above and keeps them in this browser. The
"${presenter.name}" workshop is open and keeps voting for ${LIVE_SECONDS} s; the other four are complete and closed.
Ctrl-C stops the demo.`);

  const startedAt = Date.now();
  let round = 0;
  while (Date.now() - startedAt < LIVE_SECONDS * 1000 && round < mission.statements.length * live.length) {
    const who = live[round % live.length]!;
    const statementIndex = Math.floor(round / live.length) % mission.statements.length;
    const statement = mission.statements[statementIndex]!;
    await who.socket.emitWithAck("rating:submit", {
      statementCode: statement.code,
      value: simulatedRating(profileOf(statementIndex), who.isHct, random),
      voteId: `demo-live-${round}`,
    });
    round += 1;
    await new Promise((resolve) =>
      setTimeout(resolve, (LIVE_SECONDS * 1000) / (mission.statements.length * live.length)),
    );
  }
  console.log(`the live workshop has finished voting (${round} ratings); the demo keeps serving until Ctrl-C`);
  for (const socket of sockets) socket.close();
  const stop = () => void app.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
