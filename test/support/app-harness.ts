// Starts the real app on a loopback port (embedded store in a temp dir, or the test Redis) for socket tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { buildApp, type App } from "../../server/src/app.ts";
import type { Config } from "../../server/src/config.ts";
import { freePort } from "./free-port.ts";

export type StoreChoice = "embedded" | "redis";
export const STORES: StoreChoice[] = ["embedded", "redis"];

export interface RunningApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function startApp(store: StoreChoice, overrides: Partial<Config> = {}): Promise<RunningApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = await buildApp({
    port,
    host: "127.0.0.1",
    dataDir: mkdtempSync(join(tmpdir(), "peerpulse-app-")),
    redisUrl: store === "redis" ? inject("redisUrl") : undefined,
    logLevel: "silent",
    publicUrl: url,
    development: false,
    trustProxy: false,
    httpRateLimit: 1200,
    clientDir: undefined,
    ...overrides,
  });
  await app.http.listen({ port, host: overrides.host ?? "127.0.0.1" });
  return { app, url, close: () => app.close() };
}
