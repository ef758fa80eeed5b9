// Answers at the edges, as docs/api.md states them: unknown ids read as keys that do not open them (C8), a refused
// Origin as connect_error bad_origin (C10), malformed calls with their documented codes (C11), a participant's
// unsubscribe refused (C12). The screens are served (a stand-in page), as in production, for the 414 answer.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io, type ManagerOptions, type SocketOptions } from "socket.io-client";
import { PROTOCOL_VERSION, type Ack, type Mission } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join as joinWorkshop,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";

const EVIL = "https://evil.example";

describe("security: the answers docs/api.md promises", () => {
  let running: RunningApp;
  let mine: { mission: Mission; key: string; workshopId: string; joinCode: string };
  let theirs: { mission: Mission; key: string; workshopId: string };
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), "peerpulse-screens-"));
    writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>peerpulse</title>");
    running = await startApp("embedded", { clientDir });
    for (const which of ["mine", "theirs"] as const) {
      const { mission, key } = await createMission(running.url);
      const { workshop } = await createWorkshop(running.url, mission, key);
      const setup = { mission, key, workshopId: workshop.id, joinCode: workshop.joinCode };
      if (which === "mine") mine = setup;
      else theirs = setup;
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  const get = (path: string, key?: string) =>
    api<{ error?: { code: string } }>(running.url, "GET", path, undefined, key);

  it("C8: an unknown mission or workshop id answers exactly as a key that does not open it (403 bad_facilitator_key; 401 without a key), over HTTP and sockets", async () => {
    const unknownMission = "m_nosuchmission0000000";
    const unknownWorkshop = "w_nosuchworkshop000000";
    // The same answer for an id this server does not hold and for one it holds under another key.
    const refusals = [
      [`/api/missions/${unknownMission}`, `/api/missions/${theirs.mission.id}`],
      [`/api/missions/${unknownMission}/tallies`, `/api/missions/${theirs.mission.id}/tallies`],
      [`/api/workshops/${unknownWorkshop}`, `/api/workshops/${theirs.workshopId}`],
      [`/api/workshops/${unknownWorkshop}/tally`, `/api/workshops/${theirs.workshopId}/tally`],
    ];
    for (const [unknown, held] of refusals) {
      const answers = [await get(unknown!, mine.key), await get(held!, mine.key)];
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toMatchObject({ status: 403, body: { error: { code: "bad_facilitator_key" } } });
      const keyless = [await get(unknown!), await get(held!)];
      expect(keyless[0]).toEqual(keyless[1]);
      expect(keyless[0]).toMatchObject({ status: 401, body: { error: { code: "facilitator_key_required" } } });
    }
    const console = await facilitatorSocket(running.url, mine.mission.id, mine.key);
    sockets.push(console);
    for (const event of ["workshop:subscribe", "workshop:control"] as const) {
      const payload = { workshopId: unknownWorkshop, command: "open" as const };
      const unknown = await ask(console, event, payload);
      const held = await ask(console, event, { ...payload, workshopId: theirs.workshopId });
      expect(unknown).toEqual(held);
      expect(unknown).toMatchObject({ ok: false, error: { code: "bad_facilitator_key" } });
    }
  });

  /** Connects with an Origin header, as a page on that origin would, and tells how the server answered. */
  function connectFrom(origin: string, options: Partial<ManagerOptions & SocketOptions>): Promise<unknown> {
    const socket = io(running.url, {
      auth: { protocol: PROTOCOL_VERSION, role: "facilitator", missionId: mine.mission.id, facilitatorKey: mine.key },
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin },
      ...options,
    });
    return new Promise((resolve) => {
      socket.once("connect", () => {
        socket.close();
        resolve("connected");
      });
      socket.once("connect_error", (error: Error & { data?: unknown }) => {
        socket.close();
        resolve({ message: error.message, data: error.data });
      });
    });
  }

  it("C10: a refused Origin reaches the client as connect_error with data { code: bad_origin }, over WebSocket and long-polling; the polling answer carries no CORS permission for that origin", async () => {
    for (const transports of [["websocket"], ["polling"]]) {
      expect(await connectFrom(EVIL, { transports })).toEqual({
        message: "this page's origin may not connect to this server",
        data: { code: "bad_origin", message: "this page's origin may not connect to this server" },
      });
      expect(await connectFrom(running.url, { transports })).toBe("connected");
    }
    const handshake = await fetch(`${running.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: EVIL } });
    expect(handshake.headers.get("access-control-allow-origin")).not.toBe(EVIL);
  });

  it("C11: a callback with no payload is answered bad_request; a facilitator key over 200 characters is 400 bad_request; a path parameter over 100 characters is 414", async () => {
    const { token } = await joinWorkshop(running.url, mine.joinCode);
    const phone = await participantSocket(running.url, token);
    sockets.push(phone);
    const bare = (socket: ClientSocket, event: string) =>
      (socket.timeout(10_000) as unknown as { emitWithAck(event: string): Promise<Ack<unknown>> }).emitWithAck(event);
    expect(await bare(phone, "rating:submit")).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(await get(`/api/missions/${mine.mission.id}`, "k".repeat(5_000))).toMatchObject({
      status: 400,
      body: { error: { code: "bad_request" } },
    });
    expect((await get(`/api/missions/${mine.mission.id}`, "k".repeat(200))).status).toBe(403);
    for (const path of [
      `/api/missions/${"m".repeat(101)}`,
      `/api/workshops/${"w".repeat(150)}/tally`,
      `/j/${"1".repeat(120)}`,
    ])
      expect(await get(path, mine.key)).toMatchObject({ status: 414, body: { error: { code: "bad_request" } } });
    expect(await get(`/api/missions/${"m".repeat(100)}`, mine.key)).toMatchObject({ status: 400 });
  });

  it("C12: a participant's workshop:unsubscribe is refused with facilitator_key_required, like its subscribe", async () => {
    const { token } = await joinWorkshop(running.url, mine.joinCode);
    const phone = await participantSocket(running.url, token);
    sockets.push(phone);
    for (const event of ["workshop:subscribe", "workshop:unsubscribe"] as const)
      expect(await ask(phone, event, { workshopId: mine.workshopId })).toMatchObject({
        ok: false,
        error: { code: "facilitator_key_required" },
      });
  });
});
