// Starts the real peerpulse server as a child process with its own data folder, for browser tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer } from "./spawned-server.ts";

/** A running server: its base URL, and a stop that also removes its data. */
export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Redis to use; the embedded store when absent. */
  redisUrl?: string;
  /** More environment for the server, over the defaults (`PUBLIC_URL: ""` starts it without one). */
  environment?: Record<string, string>;
}

/** Spawns the server (as `npm start` runs it) and resolves once `/healthz` answers 200. */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-browser-"));
  const server = await spawnServer({
    DATA_DIR: dataDir,
    NODE_ENV: "test",
    REDIS_URL: options.redisUrl ?? "",
    ...options.environment,
  });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
