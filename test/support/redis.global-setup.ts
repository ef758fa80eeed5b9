// Gives the integration tests a real Redis: REDIS_URL when set, else a private redis-server on a free port.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port.ts";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

const HOW_TO_GET_REDIS =
  "The Redis half of the tests needs a real redis-server: set REDIS_URL, or install one " +
  "(apt-get install redis-server) or start one (docker compose up -d redis).";

let server: ChildProcess | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.REDIS_URL;
  if (given) {
    console.log(`[redis] using REDIS_URL=${given}`);
    project.provide("redisUrl", given);
    return;
  }
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), "peerpulse-redis-"));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  server = child;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start. ${HOW_TO_GET_REDIS}`)), 10_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start redis-server (${error.message}). ${HOW_TO_GET_REDIS}`));
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const url = `redis://127.0.0.1:${port}`;
  console.log(`[redis] started a private redis-server for the tests at ${url}`);
  project.provide("redisUrl", url);
}

export function teardown(): void {
  server?.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
}
