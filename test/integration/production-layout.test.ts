// The production layout run for real (docs/protocol.md D1–D4): Debian's nginx running docs/deploy/nginx.conf in
// front of two app processes on a redis-server with AOF, all on loopback, driven by phones and presenters.
import { request } from "node:http";
import { randomBytes, randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io, type ManagerOptions, type SocketOptions } from "socket.io-client";
import { PROTOCOL_VERSION } from "@peerpulse/shared";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { ask, createMission, createWorkshop, join, waitFor, type ClientSocket } from "../support/clients.ts";
import { DEPLOY_NGINX_CONF, differingLines } from "../support/deploy-nginx.ts";
import { checkExactlyOnce } from "../support/exactly-once.ts";
import { voteId } from "../support/fixtures.ts";
import { ProductionLayout } from "../support/production-layout.ts";
import { RatingCrowd } from "../support/rating-crowd.ts";
import { until } from "../support/until.ts";

const COMPOSE_FILE = new URL("../../docker-compose.yml", import.meta.url);

describe("the production layout: nginx with docs/deploy/nginx.conf, two app replicas, Redis with AOF", () => {
  let layout: ProductionLayout;
  /** Routing cookies, by the replica nginx sends them to. */
  let cookies: string[][];
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    layout = await ProductionLayout.start();
    cookies = await layout.cookiesByReplica(8);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    // Unset when the layout failed to start (it then stopped what it had started).
    await (layout as ProductionLayout | undefined)?.stop();
  });

  /** Connects as a browser does through nginx, with the routing cookie it got with its page (or none). */
  function connect(auth: Record<string, unknown>, options: Partial<ManagerOptions & SocketOptions>) {
    const socket: ClientSocket = io(layout.url, { auth, reconnection: false, forceNew: true, ...options });
    sockets.push(socket);
    return new Promise<ClientSocket>((resolve, reject) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  }

  async function phone(joinCode: string, options: Partial<ManagerOptions & SocketOptions>) {
    const { token } = await join(layout.url, joinCode);
    return connect({ protocol: PROTOCOL_VERSION, role: "participant", token }, options);
  }

  const withCookie = (cookie: string) => ({ extraHeaders: { cookie } });

  it("D1: nginx runs docs/deploy/nginx.conf as written, changed only in its placeholders (addresses, ports, paths)", () => {
    const production = readFileSync(DEPLOY_NGINX_CONF, "utf8");
    const changed = differingLines(production, layout.nginx.rendered).map(([line]) => line);
    expect(changed).toEqual([
      "pid /var/run/nginx.pid;",
      "error_log /var/log/nginx/error.log warn;",
      "access_log /var/log/nginx/access.log;",
      "client_body_temp_path /var/cache/nginx/client_temp;",
      "proxy_temp_path /var/cache/nginx/proxy_temp;",
      "fastcgi_temp_path /var/cache/nginx/fastcgi_temp;",
      "uwsgi_temp_path /var/cache/nginx/uwsgi_temp;",
      "scgi_temp_path /var/cache/nginx/scgi_temp;",
      "server app:3000;",
      "listen 80;",
    ]);
    // What nginx says it loaded: that one file and nothing else.
    expect(layout.nginx.loaded.match(/^# configuration file /gm)).toHaveLength(1);
    expect(layout.nginx.loaded).toContain(layout.nginx.rendered);
    // docker-compose.yml runs the same file, with the app where the file expects it.
    const compose = readFileSync(COMPOSE_FILE, "utf8");
    expect(compose).toContain("./docs/deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
    expect(compose).toMatch(/PORT: "3000"/);
    expect(compose).toMatch(/TRUST_PROXY: "true"/);
  });

  it("D2: routing cookies spread browsers over both replicas; each long-polling session stays on one", async () => {
    expect(cookies.map((list) => list.length)).toEqual([8, 8]);
    const { mission, key } = await createMission(layout.url);
    const view = await createWorkshop(layout.url, mission, key);
    const polling = { transports: ["polling"] };
    // One phone on each replica by its cookie, and one without a cookie (hashed on its address).
    const phones = await Promise.all([
      phone(view.workshop.joinCode, { ...polling, ...withCookie(cookies[0]![0]!) }),
      phone(view.workshop.joinCode, { ...polling, ...withCookie(cookies[1]![0]!) }),
      phone(view.workshop.joinCode, polling),
    ]);
    const replicas = await Promise.all(phones.map((socket) => layout.replicaOf(socket)));
    expect(replicas.slice(0, 2)).toEqual([0, 1]);
    for (const code of ["L1", "L2", "L3", "L4", "L5"]) {
      const acks = await Promise.all(
        phones.map((socket) => ask(socket, "rating:submit", { statementCode: code, value: 3, voteId: voteId() })),
      );
      expect(acks.map((ack) => ack.ok && ack.data.outcome)).toEqual(["recorded", "recorded", "recorded"]);
    }
    expect(phones.map((socket) => socket.io.engine.transport.name)).toEqual(["polling", "polling", "polling"]);
    expect(await Promise.all(phones.map((socket) => layout.replicaOf(socket)))).toEqual(replicas);
  });

  it("D2: a browser's connection starts on long-polling and upgrades to WebSocket through nginx, on its replica", async () => {
    const { mission, key } = await createMission(layout.url);
    const view = await createWorkshop(layout.url, mission, key);
    const { token } = await join(layout.url, view.workshop.joinCode);
    const transports: string[] = [];
    const socket: ClientSocket = io(layout.url, {
      auth: { protocol: PROTOCOL_VERSION, role: "participant", token },
      reconnection: false,
      forceNew: true,
      ...withCookie(cookies[1]![1]!),
    });
    sockets.push(socket);
    const upgraded = new Promise((resolve) =>
      socket.io.once("open", () => {
        transports.push(socket.io.engine.transport.name);
        socket.io.engine.once("upgrade", resolve);
      }),
    );
    await upgraded;
    transports.push(socket.io.engine.transport.name);
    expect(transports).toEqual(["polling", "websocket"]);
    // The acknowledgement comes over the WebSocket, after the server has handled the upgrade, so the probe
    // below cannot meet a session still half way between transports (and answer as a poll).
    const ack = await ask(socket, "rating:submit", { statementCode: "L1", value: 5, voteId: voteId() });
    expect(ack).toMatchObject({ ok: true, data: { outcome: "recorded" } });
    expect(await layout.replicaOf(socket)).toBe(1);
  });

  it("R11/D3: presenter on one replica, phones on the other: ratings reach the presenter, its command reaches the phones", async () => {
    const { mission, key } = await createMission(layout.url);
    const view = await createWorkshop(layout.url, mission, key, { pacing: "presenter-led" });
    const workshopId = view.workshop.id;
    const presenter = await connect(
      { protocol: PROTOCOL_VERSION, role: "facilitator", missionId: mission.id, facilitatorKey: key },
      // WebSocket from the start: a session mid-upgrade can answer the replica probe as a poll (CI, 2026-12-03).
      { transports: ["websocket"], ...withCookie(cookies[0]![2]!) },
    );
    expect(await layout.replicaOf(presenter)).toBe(0);
    expect(await ask(presenter, "workshop:subscribe", { workshopId })).toMatchObject({ ok: true });
    const phones = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        phone(view.workshop.joinCode, {
          transports: index % 2 === 0 ? ["websocket"] : ["polling"],
          ...withCookie(cookies[1]![2 + index]!),
        }),
      ),
    );
    expect(await Promise.all(phones.map((socket) => layout.replicaOf(socket)))).toEqual([1, 1, 1, 1, 1, 1]);
    const arrived = waitFor(presenter, "tally:updated", (tally) => tally.voted === 6);
    const acks = await Promise.all(
      phones.map((socket, index) =>
        ask(socket, "rating:submit", {
          statementCode: "L1",
          value: index < 4 ? 4 : 2,
          voteId: voteId(),
        }),
      ),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    expect((await arrived).statements.L1).toEqual({ counts: [0, 2, 0, 4, 0], dontKnow: 0, suppressed: false });
    // The presenter moves the room on from replica 0; every phone on replica 1 follows.
    const followed = phones.map((socket) => waitFor(socket, "workshop:updated", (state) => state.currentIndex === 1));
    expect(await ask(presenter, "workshop:control", { workshopId, command: "next" })).toMatchObject({ ok: true });
    expect((await Promise.all(followed)).map((state) => state.currentIndex)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("C2/D4: the app sees each phone's own address through nginx, which a forged X-Forwarded-For cannot change", async () => {
    const failedJoin = (source: string) =>
      post(
        layout.url,
        "/api/join",
        source,
        { joinCode: String(randomInt(0, 1_000_000)).padStart(6, "0") },
        {
          "x-device-id": `device-${randomBytes(8).toString("hex")}`,
          "x-forwarded-for": `203.0.113.${randomInt(1, 255)}`,
        },
      );
    // Fresh device and code each time: only the per-address limit (60 in 5 minutes) can stop these.
    const answers: number[] = [];
    for (let attempt = 0; attempt < 61; attempt += 1) answers.push((await failedJoin("127.0.0.77")).status);
    expect(answers.slice(0, 60).every((status) => status === 404)).toBe(true);
    expect(answers[60]).toBe(429);
    // Another phone behind another address is not held back by the first one's failures.
    expect((await failedJoin("127.0.0.78")).status).toBe(404);
  });

  it("F6/D3: a replica killed with SIGKILL mid-burst: its phones reconnect through nginx to the other and carry on; every acknowledged rating counts once", async () => {
    const { mission, key } = await createMission(layout.url);
    const view = await createWorkshop(layout.url, mission, key);
    const size = 12;
    // Phone i is on replica i % 2, by its cookie; half of each replica's phones use long-polling only.
    const crowd = await RatingCrowd.join({
      urls: [layout.url],
      joinCode: view.workshop.joinCode,
      size,
      codes: mission.statements.map((statement) => statement.code),
      points: mission.scale.points.length,
      socketOptions: (index) => ({
        transports: Math.floor(index / 2) % 2 === 0 ? ["websocket"] : ["polling"],
        ...withCookie(cookies[index % 2]![8 - 1 - Math.floor(index / 2)]!),
      }),
    });
    try {
      const placed = await Promise.all(crowd.phones().map(({ socket }) => layout.replicaOf(socket!)));
      expect(placed).toEqual(Array.from({ length: size }, (_, index) => index % 2));
      crowd.start();
      await crowd.acknowledgedMore(60);
      await layout.replicas[1]!.stop("SIGKILL");
      const atKill = crowd.phones().map((entry) => entry.acknowledged);
      const victims = placed.flatMap((replica, index) => (replica === 1 ? [index] : []));
      // Every phone of the killed replica has ratings acknowledged after the kill.
      await until(
        () => victims.every((index) => crowd.phones()[index]!.acknowledged >= atKill[index]! + 3),
        "every phone of the killed replica rating again",
        30_000,
      );
      expect(crowd.stats.reconnects).toBeGreaterThanOrEqual(victims.length);
      await until(() => crowd.phones().every(({ socket }) => socket?.connected === true), "every phone connected");
      const now = await Promise.all(crowd.phones().map(({ socket }) => layout.replicaOf(socket!)));
      expect(now).toEqual(Array.from({ length: size }, () => 0));
      await crowd.acknowledgedMore(60);
      await crowd.drain();
    } finally {
      await crowd.close();
    }
    const store = new RedisStore(layout.redis.url);
    try {
      const codes = mission.statements.map((statement) => statement.code);
      const points = mission.scale.points.length;
      const report = await checkExactlyOnce(store, view.workshop.id, crowd.acknowledged(), points, codes);
      expect(report.problems).toEqual([]);
      expect(report.stored).toBe(report.expected);
    } finally {
      await store.close();
    }
  });
});

/** A JSON POST from a chosen loopback source address, as a phone behind that address sends it. */
function post(
  url: string,
  path: string,
  source: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${url}${path}`,
      { method: "POST", localAddress: source, headers: { "content-type": "application/json", ...headers } },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    sent.once("error", reject);
    sent.end(JSON.stringify(body));
  });
}
