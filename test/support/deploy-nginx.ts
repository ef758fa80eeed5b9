// Runs the repository's own docs/deploy/nginx.conf with Debian's nginx, as a user without privileges, in a
// temporary folder on loopback. Only the declared placeholders change (addresses, ports and the paths of the
// pid file, logs and temp files); everything else runs as written, so the file cannot drift from what is tested.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { until } from "./until.ts";

export const DEPLOY_NGINX_CONF = fileURLToPath(new URL("../../docs/deploy/nginx.conf", import.meta.url));

/** Debian's nginx; `.ci/run` installs it when it is missing. */
const NGINX = "/usr/sbin/nginx";
/** Who nginx runs as when the tests run as root: nginx must work without privileges. */
const NOBODY = 65534;

/** One placeholder: a line of the production file and what the test runs instead. */
export interface Substitution {
  production: string;
  test: string;
}

/** The placeholders of docs/deploy/nginx.conf, for nginx listening on `port` in front of `replicas`. */
export function deploySubstitutions(dir: string, port: number, replicas: readonly string[]): Substitution[] {
  const path = (name: string) => join(dir, name);
  return [
    { production: "pid /var/run/nginx.pid;", test: `pid ${path("nginx.pid")};` },
    { production: "error_log /var/log/nginx/error.log warn;", test: `error_log ${path("error.log")} warn;` },
    { production: "access_log /var/log/nginx/access.log;", test: `access_log ${path("access.log")};` },
    ...["client", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => {
      const directive = kind === "client" ? "client_body_temp_path" : `${kind}_temp_path`;
      return {
        production: `${directive} /var/cache/nginx/${kind}_temp;`,
        test: `${directive} ${path(`${kind}_temp`)};`,
      };
    }),
    { production: "server app:3000;", test: replicas.map((address) => `server ${address};`).join(" ") },
    { production: "listen 80;", test: `listen 127.0.0.1:${port};` },
  ];
}

/**
 * The production file with each placeholder line replaced. Throws when a placeholder is not on exactly one line
 * (the file changed under the test), so what runs is the production file, line for line, but for these.
 */
export function renderConfig(production: string, substitutions: readonly Substitution[]): string {
  const lines = production.split("\n");
  for (const { production: wanted, test } of substitutions) {
    const at = lines.flatMap((line, index) => (line.trim() === wanted ? [index] : []));
    if (at.length !== 1)
      throw new Error(`docs/deploy/nginx.conf has ${at.length} lines "${wanted}"; the test expects exactly one`);
    const line = lines[at[0]!]!;
    lines[at[0]!] = line.slice(0, line.indexOf(wanted)) + test;
  }
  return lines.join("\n");
}

/** The lines where two texts differ, as [production, test] pairs. */
export function differingLines(production: string, rendered: string): [string, string][] {
  const before = production.split("\n");
  const after = rendered.split("\n");
  if (before.length !== after.length) throw new Error("the rendered config has a different number of lines");
  return before.flatMap((line, index) => (line === after[index] ? [] : [[line.trim(), after[index]!.trim()]]));
}

/** A running nginx: its URL, the config it loaded, and what it logged. */
export interface DeployNginx {
  url: string;
  port: number;
  /** The configuration nginx reported it loaded (`nginx -T`), file by file. */
  loaded: string;
  rendered: string;
  errorLog(): string;
  stop(): Promise<void>;
}

export async function startDeployNginx(port: number, replicas: readonly string[]): Promise<DeployNginx> {
  if (!existsSync(NGINX)) throw new Error(`the production layout test needs Debian's nginx: apt-get install nginx`);
  const dir = mkdtempSync(join(tmpdir(), "peerpulse-nginx-"));
  const conf = join(dir, "nginx.conf");
  const rendered = renderConfig(readFileSync(DEPLOY_NGINX_CONF, "utf8"), deploySubstitutions(dir, port, replicas));
  writeFileSync(conf, rendered);
  const asNobody = process.getuid?.() === 0;
  if (asNobody) for (const path of [dir, conf]) chownSync(path, NOBODY, NOBODY);
  const user = asNobody ? { uid: NOBODY, gid: NOBODY } : {};
  const args = ["-p", dir, "-c", conf, "-e", join(dir, "error.log")];
  // -T checks the file and prints every file nginx would load: proof of what runs.
  const { stdout } = await promisify(execFile)(NGINX, [...args, "-T"], user).catch((error: unknown) => {
    throw new Error(`nginx refused the deploy config: ${String(error)}\n${rendered}`);
  });
  const child = spawn(NGINX, [...args, "-g", "daemon off;"], { ...user, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(url, child, () => output);
  return {
    url,
    port,
    loaded: stdout,
    rendered,
    errorLog: () => readIfThere(join(dir, "error.log")) + output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Waits until nginx answers at all (any status: the replicas may not be up yet). */
function waitUntilListening(url: string, child: ChildProcess, output: () => string): Promise<void> {
  return until(
    () => {
      if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${output()}`);
      return fetch(`${url}/healthz`).then(
        () => true,
        () => false,
      );
    },
    "nginx to answer",
    15_000,
  );
}
