// Runs the real server as its own process (as `npm start` does), for crash and scale-out tests.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";

const SERVER_ENTRY = fileURLToPath(new URL("../../server/src/server.ts", import.meta.url));

export interface SpawnedServer {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the server with the given environment and waits until /healthz answers. */
export async function spawnServer(environment: Record<string, string>, port?: number): Promise<SpawnedServer> {
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_ENTRY], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(chosenPort),
      PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!running()) throw new Error(`the server exited before it was ready:\n${log}`);
    if (Date.now() > deadline) throw new Error(`the server was not ready within 30 s:\n${log}`);
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port: chosenPort,
    child,
    output: () => log,
    exited,
    stop(signal = "SIGTERM") {
      if (!running()) return exited;
      // A server that does not finish its graceful shutdown in 10 s is killed, so a test never hangs on it.
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.kill(signal);
      return exited.finally(() => clearTimeout(force));
    },
  };
}
