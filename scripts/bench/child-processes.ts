// Starts and stops the bench's own processes: peerpulse servers, the bare baseline server and a private Redis.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER_ENTRY = join(ROOT, "server/src/server.ts");
const BASELINE_ENTRY = fileURLToPath(new URL("./baseline-server.ts", import.meta.url));

/** Raises the soft open-file limit to the hard one before exec, so thousands of sockets fit in one process. */
const RAISE_FILE_LIMIT = 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"';

/** A child the bench started; `pid` is the Node (or Redis) process itself, since the shell exec's into it. */
export interface BenchChild {
  pid: number;
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Spawns a command through `sh -c 'ulimit …; exec "$@"'`, keeping its output for error messages. */
export function spawnWithFileLimit(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: StdioOptions) {
  return spawn("sh", ["-c", RAISE_FILE_LIMIT, "sh", command, ...args], { cwd: ROOT, env, stdio });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function keep(child: ChildProcess): () => string {
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return () => log;
}

function stopper(child: ChildProcess, cleanUp: () => void = () => undefined): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      const done = () => {
        cleanUp();
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(force);
        done();
      });
      child.kill("SIGTERM");
    });
}

/** Polls a URL until it answers 200: there is no event to wait for across the process boundary. */
async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited before it was ready:\n${output()}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within 30 s:\n${output()}`);
}

/** Extra Node flags for the servers when diagnosing (e.g. BENCH_SERVER_FLAGS=--trace-gc): output goes to a file. */
function diagnosticFlags(): string[] {
  return (process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter((flag) => flag !== "");
}

/** Options of one peerpulse server process. */
export interface ServerOptions {
  redisUrl?: string;
  /** Extra Node flags, e.g. `--cpu-prof --cpu-prof-dir bench/results/profiles`. */
  nodeFlags?: string[];
}

/** Starts `node --import tsx server/src/server.ts` as `npm start` does, on a free loopback port. */
export async function startPeerpulse(options: ServerOptions = {}): Promise<BenchChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-bench-"));
  const child = spawnWithFileLimit(
    process.execPath,
    [...(options.nodeFlags ?? []), ...diagnosticFlags(), "--import", "tsx", SERVER_ENTRY],
    {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      REDIS_URL: options.redisUrl ?? "",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      // Every load process comes from 127.0.0.1; the per-address limit is for the internet, not this bench.
      HTTP_RATE_LIMIT: "10000000",
    },
    ["ignore", "pipe", "pipe"],
  );
  const output = keep(child);
  if (diagnosticFlags().length > 0)
    child.stdout?.pipe(createWriteStream(`${ROOT}/bench/results/server-${child.pid}.log`));
  const stop = stopper(child, () => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitUntilReady(`${url}/healthz`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid!, url, child, output, stop };
}

/** Starts the bare Socket.IO server that only acknowledges each message (after one Redis command, given a URL). */
export async function startBaseline(redisUrl = ""): Promise<BenchChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnWithFileLimit(
    process.execPath,
    ["--import", "tsx", BASELINE_ENTRY],
    { ...process.env, PORT: String(port), BASELINE_REDIS_URL: redisUrl },
    ["ignore", "pipe", "pipe"],
  );
  const output = keep(child);
  const stop = stopper(child);
  try {
    await waitUntilReady(`${url}/healthz`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid!, url, child, output, stop };
}

/** Starts a private redis-server on a free port, with no persistence, and its own folder. */
export async function startRedis(): Promise<BenchChild> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "peerpulse-bench-redis-"));
  const child = spawnWithFileLimit(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    process.env,
    ["ignore", "pipe", "pipe"],
  );
  const output = keep(child);
  const stop = stopper(child, () => rmSync(dir, { recursive: true, force: true }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output()}`)), 10_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start redis-server (${error.message}); install it (apt-get install redis-server)`));
    });
    child.stdout?.on("data", () => {
      if (output().includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { pid: child.pid!, url: `redis://127.0.0.1:${port}`, child, output, stop };
}
