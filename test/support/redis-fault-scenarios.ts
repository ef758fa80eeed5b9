// F2 and F3, written once: the fault tests run them short, `npm run chaos` as long as asked. Every observation the
// rules promise (refusals while Redis is away, /healthz, the logs, the losses reported) becomes a problem when it
// fails, beside the exactly-once check, which excuses only the vote ids the server reported lost.
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { workshopKeys } from "../../server/src/store/redis/redis-keys.ts";
import { api, participantSocket } from "./clients.ts";
import {
  finish,
  more,
  own,
  ratingWorkshop,
  type ScenarioResult,
  type ScenarioSize,
  type Workshop,
} from "./fault-scenarios.ts";
import { OwnRedis } from "./own-redis.ts";
import { spawnServer, type SpawnedServer } from "./spawned-server.ts";
import { until } from "./until.ts";

interface Health {
  status: string;
  store?: string;
  lostRatings?: number;
  detail?: string;
}

const health = async (server: SpawnedServer) => api<Health>(server.url, "GET", "/healthz");

/** The acknowledged vote ids Redis no longer holds among the workshop's vote ids. */
async function missingAcknowledged(redisUrl: string, workshop: Workshop): Promise<Set<string>> {
  const store = new RedisStore(redisUrl);
  try {
    const held = new Set(await store.redis.smembers(workshopKeys(workshop.workshopId).votes));
    return new Set([...workshop.crowd.acknowledgedVoteIds()].filter((voteId) => !held.has(voteId)));
  } finally {
    await store.close();
  }
}

/** How many lost ratings the server's error log reported for the workshop, over all its reports. */
function loggedLosses(output: string, workshopId: string): number {
  const reports = output.matchAll(/store came back without (\d+) acknowledged rating\(s\) of workshop ([^\s"]+)/g);
  return [...reports].filter((report) => report[2] === workshopId).reduce((sum, report) => sum + Number(report[1]), 0);
}

/** Runs a Redis fault scenario on its own redis-server and server process, and checks what both rules share. */
async function onOwnRedis(
  name: string,
  size: ScenarioSize,
  fault: (context: { redis: OwnRedis; server: SpawnedServer; workshop: Workshop; problems: string[] }) => Promise<void>,
  afterwards: (context: {
    server: SpawnedServer;
    workshop: Workshop;
    lost: Set<string>;
    problems: string[];
  }) => Promise<void>,
): Promise<ScenarioResult> {
  const { participants = 12, faults = 1, between = 60, seconds } = size;
  const started = Date.now();
  const redis = await OwnRedis.start();
  const server = await spawnServer({ REDIS_URL: redis.url });
  const problems: string[] = [];
  try {
    const workshop = await ratingWorkshop([server.url], participants);
    let injected: number;
    try {
      for (injected = 0; more(injected, faults, started, seconds); injected += 1) {
        await workshop.crowd.acknowledgedMore(between);
        await fault({ redis, server, workshop, problems });
        await until(async () => (await health(server)).body.status !== "unavailable", "the server back on Redis");
      }
      await workshop.crowd.acknowledgedMore(between);
      await workshop.crowd.drain();
    } finally {
      await workshop.crowd.close();
    }
    const lost = await missingAcknowledged(redis.url, workshop);
    const reported = (await health(server)).body.lostRatings ?? 0;
    if (reported !== lost.size) problems.push(`/healthz reported ${reported} lost, ${lost.size} missing`);
    if (loggedLosses(server.output(), workshop.workshopId) !== lost.size)
      problems.push(
        `the log reported ${loggedLosses(server.output(), workshop.workshopId)} lost, ${lost.size} missing`,
      );
    await afterwards({ server, workshop, lost, problems });
    const result = await finish(name, started, injected, workshop, () => own(new RedisStore(redis.url)), lost);
    result.report.problems.push(...problems);
    result.notes = {
      reportedLost: reported,
      missingAcknowledged: lost.size,
      serverStillUp: server.child.exitCode === null ? "yes" : "no",
    };
    return result;
  } finally {
    await server.stop();
    await redis.stop();
  }
}

/**
 * F2: Redis (AOF everysec) killed mid-burst and restarted; the server refuses, answers, stays up and reconnects.
 * Redis answers a write before writing it to the AOF when a background fsync is slow (everysec postpones the write
 * up to 2 s), so even a killed process can lose a few acknowledged ratings: those must be exactly the ones reported.
 */
export function redisRestarted(size: ScenarioSize = {}): Promise<ScenarioResult> {
  return onOwnRedis(
    "redis SIGKILL + restart",
    { faults: 2, ...size },
    async ({ redis, server, workshop, problems }) => {
      const refused = workshop.crowd.stats.refusals.store_unavailable ?? 0;
      await redis.kill("SIGKILL");
      await until(
        () => (workshop.crowd.stats.refusals.store_unavailable ?? 0) > refused,
        "a rating refused with store_unavailable",
      );
      const down = await health(server);
      if (down.status !== 503 || down.body.status !== "unavailable")
        problems.push(`/healthz while Redis is down: ${down.status} ${JSON.stringify(down.body)}`);
      // A new connection is answered at once with the documented error rather than left hanging.
      const connection = await participantSocket(server.url, workshop.crowd.tokens[0]!).then(
        (socket) => (socket.close(), "connected"),
        (error: unknown) => (error as { data?: { code: string } }).data?.code ?? String(error),
      );
      if (connection !== "store_unavailable") problems.push(`a connection while Redis is down: ${connection}`);
      await redis.restart();
    },
    async ({ server, lost, problems }) => {
      for (const line of ["store unavailable", "store available again"])
        if (!server.output().includes(line)) problems.push(`the log lacks "${line}"`);
      // With nothing lost the server is simply well again (a loss makes it degraded, checked as for F3).
      const now = (await health(server)).body;
      if (lost.size === 0 && JSON.stringify(now) !== JSON.stringify({ status: "ok", store: "redis" }))
        problems.push(`/healthz after the restart: ${JSON.stringify(now)}`);
    },
  );
}

/**
 * F3: Redis comes back from an older AOF, as after a crash of its machine with `appendfsync everysec`. Acknowledged
 * ratings are lost by design: the server reports exactly those (log and /healthz), stays consistent and serves on.
 */
export function redisRolledBack(size: ScenarioSize = {}): Promise<ScenarioResult> {
  return onOwnRedis(
    "redis rolled back (machine crash)",
    size,
    async ({ redis, server, workshop }) => {
      const older = redis.snapshot();
      await workshop.crowd.acknowledgedMore(size.between ?? 60);
      await redis.kill("SIGKILL");
      redis.restore(older);
      await redis.restart();
      await until(async () => (await health(server)).body.status === "degraded", "/healthz degraded");
    },
    async ({ server, workshop, lost, problems }) => {
      if (lost.size === 0) problems.push("the rollback lost no acknowledged rating: the fault did not happen");
      const now = (await health(server)).body;
      if (now.status !== "degraded" || now.store !== "redis" || typeof now.detail !== "string")
        problems.push(`/healthz after the rollback: ${JSON.stringify(now)}`);
      // And the server still serves: a participant connects.
      const socket = await participantSocket(server.url, workshop.crowd.tokens[0]!);
      if (!socket.connected) problems.push("a participant could not connect after the rollback");
      socket.close();
    },
  );
}
