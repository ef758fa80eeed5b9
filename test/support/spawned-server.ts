// Runs the real server as its own process (as `npm start` does), for crash and scale-out tests.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CONFIG_VARIABLES } from "../../server/src/config.ts";

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

/** How to start the process beyond its environment. */
export interface SpawnOptions {
  /** Limit the size of any file the server writes to this many KiB (`ulimit -f`): a disk that fills up. */
  fileSizeLimitKib?: number;
  /** The entry to run (default: the server's TypeScript source through tsx); a `.js` file runs with plain node. */
  entry?: string;
}

/**
 * The server's environment: this process's environment without any variable the server reads (a REDIS_URL set in
 * the shell for the Redis tests must not move an embedded-store test onto Redis), then exactly what the test gives.
 */
export function serverEnvironment(environment: Record<string, string>, port: number): NodeJS.ProcessEnv {
  const serverReads = new Set<string>(CONFIG_VARIABLES);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !serverReads.has(name)));
  return { ...inherited, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn", ...environment };
}

/**
 * Starts the server with the given environment and waits until it has told its port and /healthz answers. Without
 * a port the server binds port 0 and reports the port it got; a restart passes the port it had, so clients find it.
 */
export async function spawnServer(
  environment: Record<string, string>,
  port = 0,
  options: SpawnOptions = {},
): Promise<SpawnedServer> {
  const entry = options.entry ?? SERVER_ENTRY;
  const node = [...(entry.endsWith(".ts") ? ["--import", "tsx"] : []), entry];
  const command: [string, string[]] =
    options.fileSizeLimitKib === undefined
      ? [process.execPath, node]
      : ["bash", ["-c", `ulimit -f ${options.fileSizeLimitKib} && exec "$0" "$@"`, process.execPath, ...node]];
  const child = spawn(command[0], command[1], {
    env: serverEnvironment(environment, port),
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    if (!running()) return exited;
    // A server that does not finish its graceful shutdown in 10 s is killed, so a test never hangs on it.
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.kill(signal);
    return exited.finally(() => clearTimeout(force));
  };
  // Generous: on a loaded 2-core machine a server has taken over 30 s to start.
  const deadline = Date.now() + 90_000;
  const failed = async (why: string): Promise<never> => {
    await stop("SIGKILL");
    throw new Error(`${why}:\n${log}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    new Promise<number>((resolve) =>
      child.on("message", (message: { ready?: { port: number } }) => {
        if (message.ready) resolve(message.ready.port);
      }),
    ),
    exited.then(() => "exited" as const),
    new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), 90_000))),
  ]).finally(() => clearTimeout(timer));
  if (outcome === "exited") return failed("the server exited before it was ready");
  if (outcome === "late") return failed("the server did not report its port within 90 s");
  const url = `http://127.0.0.1:${outcome}`;
  for (;;) {
    if (!running()) return failed("the server exited before /healthz answered");
    if (Date.now() > deadline) return failed("/healthz did not answer 200 within 90 s");
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port: outcome, child, output: () => log, exited, stop };
}
