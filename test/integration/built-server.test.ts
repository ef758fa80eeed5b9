// What `npm start` and the Docker image run: the build output (server/dist/server.js), started with plain node, no
// tsx and no TypeScript, serving the built screens and rating on both stores (its Lua scripts travel with it).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ask, createMission, createWorkshop, join, participantSocket } from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

const BUILT_SERVER = fileURLToPath(new URL("../../server/dist/server.js", import.meta.url));

describe("the built server", () => {
  const servers: SpawnedServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  it.each([
    ["embedded", () => ({ DATA_DIR: mkdtempSync(joinPath(tmpdir(), "peerpulse-built-")) })],
    ["redis", () => ({ REDIS_URL: inject("redisUrl") })],
  ])("runs with plain node on the %s store: /healthz, the participant page, a rating", async (store, environment) => {
    const server = await spawnServer(environment(), 0, { entry: BUILT_SERVER });
    servers.push(server);
    expect(server.child.spawnargs.slice(1)).toEqual([BUILT_SERVER]);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok", store });
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<script type="module"');

    const { mission, key } = await createMission(server.url);
    const view = await createWorkshop(server.url, mission, key);
    const socket = await participantSocket(server.url, (await join(server.url, view.workshop.joinCode)).token);
    const statementCode = mission.statements[0]!.code;
    const ack = await ask(socket, "rating:submit", { statementCode, value: 4, voteId: voteId() });
    socket.close();
    expect(ack).toEqual({ ok: true, data: expect.objectContaining({ outcome: "recorded" }) as unknown });
  });
});
