// Property-based fuzzing of every socket event with hostile payloads, oversized messages, raw garbage frames and
// floods (X2-X5): the server stays up, answers with its documented errors, and nothing changes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ErrorCode, RatingSubmission, SubscribeRequest, WorkshopControlMessage, type Mission } from "@peerpulse/shared";
import type { z } from "zod";
import {
  MAX_SOCKET_MESSAGE_BYTES,
  SOCKET_EVENT_LIMIT,
  SOCKET_FLOOD_CLOSE_AFTER,
} from "../../server/src/realtime/socket-server.ts";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import {
  ask,
  askAnything,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { hostileJson, POLLUTING_KEYS } from "../support/hostile-input.ts";

const EVENTS: Record<string, z.ZodType> = {
  "rating:submit": RatingSubmission,
  "workshop:subscribe": SubscribeRequest,
  "workshop:unsubscribe": SubscribeRequest,
  "workshop:control": WorkshopControlMessage,
};

/** Emits outside the typed event map, as a hostile client would. */
function rawEmit(socket: ClientSocket, event: string, ...args: unknown[]): void {
  (socket as unknown as { emit(name: string, ...rest: unknown[]): void }).emit(event, ...args);
}

describe("fuzz: socket events", () => {
  let running: RunningApp;
  let mission: Mission;
  let key: string;
  let workshopId: string;
  let token: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    running = await startApp("embedded");
    ({ mission, key } = await createMission(running.url));
    const view = await createWorkshop(running.url, mission, key);
    workshopId = view.workshop.id;
    token = (await join(running.url, view.workshop.joinCode)).token;
    const first = await participantSocket(running.url, token);
    sockets.push(first);
    const ack = await ask(first, "rating:submit", { statementCode: "L1", value: 4, voteId: voteId() });
    expect(ack.ok).toBe(true);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  async function snapshot() {
    const { store } = running.app;
    return JSON.stringify([
      await store.getWorkshop(workshopId),
      await store.getTally(workshopId),
      await store.listRatings(workshopId),
    ]);
  }

  /** A fresh socket of either role; each is used for fewer events than the per-connection limit. */
  async function connected(role: "participant" | "facilitator"): Promise<ClientSocket> {
    const socket =
      role === "participant"
        ? await participantSocket(running.url, token)
        : await facilitatorSocket(running.url, mission.id, key);
    sockets.push(socket);
    return socket;
  }

  it("X2: every event answers hostile payloads (wrong types, polluting keys, huge strings, deep nesting) with bad_request, from either role, and nothing changes", async () => {
    const before = await snapshot();
    const pool = { participant: [] as ClientSocket[], facilitator: [] as ClientSocket[] };
    let used = 0;
    const sample = fc
      .record({
        event: fc.constantFrom(...Object.keys(EVENTS)),
        role: fc.constantFrom("participant" as const, "facilitator" as const),
        payload: hostileJson(15_000, 1_000),
      })
      .filter(({ event, payload }) => !EVENTS[event]!.safeParse(payload).success);
    await fc.assert(
      fc.asyncProperty(sample, async ({ event, role, payload }) => {
        // A new pair of sockets every 50 events keeps each under the event limit.
        if (used++ % 50 === 0) {
          pool.participant.push(await connected("participant"));
          pool.facilitator.push(await connected("facilitator"));
        }
        const socket = pool[role].at(-1)!;
        const ack = await askAnything(socket, event, payload);
        expect(ack).toMatchObject({ ok: false, error: { code: "bad_request" } });
        if (!ack.ok) expect(ErrorCode.options).toContain(ack.error.code);
      }),
      { numRuns: 200 },
    );
    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("X2: unknown event names, and names that look like internals, are ignored and the connection carries on", async () => {
    const socket = await connected("participant");
    for (const event of [...POLLUTING_KEYS, "error", "rating:submit:x", "workshop:"]) {
      rawEmit(socket, event, { statementCode: "L1", value: 1, voteId: voteId() }, () => undefined);
    }
    // Still connected and answering: the reply to a real event proves the ignored ones did nothing.
    expect(await askAnything(socket, "rating:submit", { value: "x" })).toMatchObject({
      ok: false,
      error: { code: "bad_request" },
    });
    expect(socket.connected).toBe(true);
  });

  it("X3: a socket message over 16 KiB closes that connection only; the server carries on", async () => {
    const socket = await connected("participant");
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    rawEmit(socket, "rating:submit", { statementCode: "L1", value: 1, voteId: "x".repeat(MAX_SOCKET_MESSAGE_BYTES) });
    expect(await closed).toBe("transport close");
    const other = await connected("participant");
    expect(await askAnything(other, "rating:submit", {})).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });

  it("X4: a flood of events on one connection is answered with rate_limited beyond the limit, without closing it or slowing other connections", async () => {
    const before = await snapshot();
    const flooder = await connected("participant");
    // A flood without acknowledgement callbacks first: ignored, and it still counts against the limit.
    for (let index = 0; index < 500; index += 1) rawEmit(flooder, "rating:submit", {});
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        ask(flooder, "rating:submit", { statementCode: "L1", value: 9, voteId: "short" }),
      ),
    );
    expect(answers.every((answer) => !answer.ok && answer.error.code === "rate_limited")).toBe(true);
    expect(flooder.connected).toBe(true);
    const other = await connected("participant");
    expect(await askAnything(other, "rating:submit", {})).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(SOCKET_EVENT_LIMIT.points).toBeLessThan(500);
    expect(await snapshot()).toBe(before);
  });

  it("X4: a connection that keeps flooding far past the limit is closed; the server and other connections carry on", async () => {
    const flooder = await connected("participant");
    const closed = new Promise<string>((resolve) => flooder.once("disconnect", resolve));
    for (let index = 0; index <= SOCKET_FLOOD_CLOSE_AFTER; index += 1) rawEmit(flooder, "rating:submit", {});
    expect(await closed).toBe("io server disconnect");
    const other = await connected("participant");
    expect(await askAnything(other, "rating:submit", {})).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });

  it("X5: raw frames that are not valid UTF-8, not Socket.IO packets, or forge reserved event names close or leave that connection only", async () => {
    const garbage: (string | Buffer)[] = [
      Buffer.from([0x34, 0x32, 0x5b, 0xc0, 0xaf, 0x5d]), // "42[" + overlong "/" + "]"
      Buffer.from([0xed, 0xa0, 0x80]),
      "42[",
      "4",
      "99999",
      '42["rating:submit",{"__proto__":{"polluted":true}}]',
      '421["rating:submit","' + "\\u0000".repeat(100) + '"]',
      // Names the client library refuses to send, sent raw: the server must not treat them as its own events.
      ...["disconnect", "disconnecting", "connect", "newListener", "removeListener"].map(
        (name) => `422${JSON.stringify([name, { reason: "forged" }])}`,
      ),
    ];
    for (const frame of garbage) {
      const ws = new WebSocket(`${running.url.replace("http", "ws")}/socket.io/?EIO=4&transport=websocket`);
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
      ws.send(`40${JSON.stringify({ protocol: 1, role: "participant", token })}`);
      // Wait until the namespace has accepted the handshake ("40{sid}"), so the frame reaches the event layer.
      await new Promise<void>((resolve) => {
        const listener = (data: Buffer) => {
          if (!data.toString().startsWith("40")) return;
          ws.off("message", listener);
          resolve();
        };
        ws.on("message", listener);
      });
      ws.send(frame, { binary: false });
      // Either the server closes the connection, or it ignores the frame; it never falls over.
      await new Promise((resolve) => {
        ws.once("close", resolve);
        setTimeout(resolve, 300);
      });
      ws.terminate();
    }
    const socket = await connected("participant");
    expect(await askAnything(socket, "rating:submit", {})).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
