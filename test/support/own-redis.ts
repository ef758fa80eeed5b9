// A private redis-server with AOF (`appendfsync everysec`) that a fault test may kill, roll back and restart
// on the same port, without disturbing the Redis the other tests share.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.ts";

export class OwnRedis {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), mkdtempSync(join(tmpdir(), "peerpulse-own-redis-")));
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server (again) on the same port and data folder; resolves once it accepts connections. */
  async restart(): Promise<void> {
    const child = spawn(
      "redis-server",
      [
        "--port",
        String(this.port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "yes",
        "--appendfsync",
        "everysec",
        "--dir",
        this.dir,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 15_000);
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  /** Kills redis-server; SIGKILL keeps what it wrote to the AOF (the kernel holds it), as a crashed process does. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  }

  /** Stops redis-server in its tracks (SIGSTOP): connections stay open and nothing is answered, as in a hung host. */
  pause(): void {
    this.child?.kill("SIGSTOP");
  }

  /** Lets a paused redis-server run on (SIGCONT): it answers what waited on its connections. */
  resume(): void {
    this.child?.kill("SIGCONT");
  }

  /** Copies the AOF as it is now: restoring it later stands for a machine crash that lost the later writes. */
  snapshot(): string {
    const copy = mkdtempSync(join(tmpdir(), "peerpulse-aof-copy-"));
    cpSync(this.dir, copy, { recursive: true });
    return copy;
  }

  /** Replaces the data folder with a snapshot (Redis must be stopped). */
  restore(snapshot: string): void {
    rmSync(this.dir, { recursive: true, force: true });
    cpSync(snapshot, this.dir, { recursive: true });
    rmSync(snapshot, { recursive: true, force: true });
  }

  async stop(): Promise<void> {
    await this.kill("SIGTERM");
    rmSync(this.dir, { recursive: true, force: true });
  }
}
