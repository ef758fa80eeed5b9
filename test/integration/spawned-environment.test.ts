// A spawned server gets exactly the environment its test means: a REDIS_URL (or any other server variable) set in
// the shell that runs `npm test` does not move an embedded-store test onto Redis.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startServer } from "../support/server-process.ts";
import { spawnServer } from "../support/spawned-server.ts";

interface Health {
  status: string;
  store: string;
}

const health = async (url: string) => (await (await fetch(`${url}/healthz`)).json()) as Health;

describe("spawned servers and the shell's environment", () => {
  const shell = { REDIS_URL: process.env.REDIS_URL, DATA_DIR: process.env.DATA_DIR };
  afterEach(() => {
    for (const [name, value] of Object.entries(shell)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  });

  it("with REDIS_URL set in the shell, a server started for the embedded store runs on the embedded store", async () => {
    process.env.REDIS_URL = inject("redisUrl");
    process.env.DATA_DIR = "/nonexistent/the-shell-data-dir";
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-environment-"));
    const [spawned, browsers] = await Promise.all([spawnServer({ DATA_DIR: dataDir }), startServer()]);
    try {
      expect(await health(spawned.url)).toEqual({ status: "ok", store: "embedded" });
      expect(await health(browsers.url)).toEqual({ status: "ok", store: "embedded" });
    } finally {
      await Promise.all([spawned.stop(), browsers.stop()]);
    }
  });

  it("a server asked for Redis runs on it, on a port it chose and reported", async () => {
    const server = await spawnServer({ REDIS_URL: inject("redisUrl") });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(await health(server.url)).toEqual({ status: "ok", store: "redis" });
    } finally {
      await server.stop();
    }
  });
});
