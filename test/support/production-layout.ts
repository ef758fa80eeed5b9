// The production layout of docker-compose.yml, from Debian's packages on loopback: nginx running
// docs/deploy/nginx.conf in front of two app processes (TRUST_PROXY=true) sharing a redis-server with AOF.
import { OwnRedis } from "./own-redis.ts";
import { freePort } from "./free-port.ts";
import { startDeployNginx, type DeployNginx } from "./deploy-nginx.ts";
import type { ClientSocket } from "./clients.ts";
import { spawnServer, type SpawnedServer } from "./spawned-server.ts";

/** The routing cookie nginx gives a browser with its first page. */
const ROUTE_COOKIE = /^(peerpulse_route=[0-9a-f]{32});/;

export class ProductionLayout {
  private constructor(
    readonly redis: OwnRedis,
    readonly replicas: SpawnedServer[],
    readonly nginx: DeployNginx,
  ) {}

  /** Starts Redis, the replicas and nginx; whatever started is stopped again if a later part fails. */
  static async start(): Promise<ProductionLayout> {
    const redis = await OwnRedis.start();
    const port = await freePort();
    const environment = { REDIS_URL: redis.url, PUBLIC_URL: `http://127.0.0.1:${port}`, TRUST_PROXY: "true" };
    const replicas = await Promise.allSettled([spawnServer(environment), spawnServer(environment)]);
    const started = replicas.flatMap((replica) => (replica.status === "fulfilled" ? [replica.value] : []));
    try {
      if (started.length < replicas.length)
        throw replicas.find((replica) => replica.status === "rejected")?.reason ?? new Error("a replica failed");
      const nginx = await startDeployNginx(
        port,
        started.map((replica) => `127.0.0.1:${replica.port}`),
      );
      return new ProductionLayout(redis, started, nginx);
    } catch (error) {
      await Promise.all(started.map((replica) => replica.stop()));
      await redis.stop();
      throw error;
    }
  }

  /** The public address: nginx. */
  get url(): string {
    return this.nginx.url;
  }

  /** What a browser gets with its first page: a fresh routing cookie, as `name=value`. */
  async routeCookie(): Promise<string> {
    const response = await fetch(`${this.url}/healthz`);
    const cookie = ROUTE_COOKIE.exec(response.headers.get("set-cookie") ?? "")?.[1];
    if (!cookie) throw new Error(`nginx set no routing cookie: ${response.headers.get("set-cookie")}`);
    return cookie;
  }

  /**
   * Which replica holds an Engine.IO session: each is asked directly about the session id with the other
   * transport's name, which the one holding it refuses as a transport mismatch (code 3) and the other as an
   * unknown session (code 1). Neither answer touches the session.
   */
  async replicaOfSession(sid: string, transport: string): Promise<number> {
    const other = transport === "websocket" ? "polling" : "websocket";
    const codes = await Promise.all(
      this.replicas.map(async (replica) => {
        if (replica.child.exitCode !== null || replica.child.signalCode !== null) return 1;
        const response = await fetch(`${replica.url}/socket.io/?EIO=4&transport=${other}&sid=${sid}`);
        return ((await response.json()) as { code: number }).code;
      }),
    );
    const holders = codes.flatMap((code, index) => (code === 3 ? [index] : []));
    if (holders.length !== 1)
      throw new Error(`session ${sid} is held by ${holders.length} replicas (codes ${codes.join(", ")})`);
    return holders[0]!;
  }

  /** The replica a connected socket is on. */
  replicaOf(socket: ClientSocket): Promise<number> {
    const engine = socket.io.engine;
    return this.replicaOfSession(engine.id, engine.transport.name);
  }

  /** Routing cookies nginx hands out, sorted by the replica each leads to (found by opening and closing a session). */
  async cookiesByReplica(perReplica: number): Promise<string[][]> {
    const sorted = this.replicas.map((): string[] => []);
    for (let tries = 0; sorted.some((cookies) => cookies.length < perReplica); tries += 1) {
      if (tries > 40 * perReplica)
        throw new Error(`cookies did not reach every replica: ${sorted.map((c) => c.length).join(" / ")}`);
      const cookie = await this.routeCookie();
      sorted[await this.replicaOfCookie(cookie)]!.push(cookie);
    }
    return sorted.map((cookies) => cookies.slice(0, perReplica));
  }

  private async replicaOfCookie(cookie: string): Promise<number> {
    const socketIo = `${this.url}/socket.io/?EIO=4&transport=polling`;
    const opened = await fetch(socketIo, { headers: { cookie } });
    const sid = (JSON.parse((await opened.text()).slice(1)) as { sid: string }).sid;
    const replica = await this.replicaOfSession(sid, "polling");
    // Close the probe's session (an Engine.IO "close" packet) instead of leaving it to time out.
    await fetch(`${socketIo}&sid=${sid}`, { method: "POST", headers: { cookie }, body: "1" });
    return replica;
  }

  async stop(): Promise<void> {
    await this.nginx.stop();
    await Promise.all(this.replicas.map((replica) => replica.stop()));
    await this.redis.stop();
  }
}
