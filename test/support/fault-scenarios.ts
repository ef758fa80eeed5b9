// The fault scenarios, written once: the fault tests run them short, `npm run chaos` runs them as long as asked.
// Each keeps a crowd rating throughout, injects its fault a number of times, lets the crowd re-send what was
// not acknowledged, and ends with the exactly-once check against the store itself.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mission } from "@peerpulse/shared";
import type { Store } from "../../server/src/domain/store.ts";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { createMission, createWorkshop } from "./clients.ts";
import { checkExactlyOnce, type ExactlyOnceReport } from "./exactly-once.ts";
import { OwnRedis } from "./own-redis.ts";
import { RatingCrowd, type CrowdStats } from "./rating-crowd.ts";
import { spawnServer, type SpawnedServer } from "./spawned-server.ts";
import { until } from "./until.ts";

/** Which store a scenario runs on. */
export type StoreChoice = "embedded" | "redis";

/** What a scenario did and found. */
export interface ScenarioResult {
  name: string;
  faults: number;
  seconds: number;
  stats: CrowdStats;
  report: ExactlyOnceReport;
  /** Extra figures of the scenario (losses reported, refusals seen while the store was away, …). */
  notes: Record<string, number | string>;
}

/** How hard to push: the tests use the defaults, the chaos script raises them. */
export interface ScenarioSize {
  participants?: number;
  /** How many times the fault is injected. */
  faults?: number;
  /** Ratings acknowledged between two faults. */
  between?: number;
  /** Keep injecting faults (at least `faults`) until this many seconds have passed. */
  seconds?: number;
}

/** Whether to inject another fault: until both the count and the time asked for are reached. */
export function more(fault: number, faults: number, started: number, seconds = 0): boolean {
  return fault < faults || Date.now() - started < seconds * 1000;
}

/** A workshop with a crowd rating in it. */
export interface Workshop {
  mission: Mission;
  workshopId: string;
  joinCode: string;
  crowd: RatingCrowd;
}

/** Creates a mission and workshop on the first server and starts a crowd rating in it. */
export async function ratingWorkshop(urls: string[], participants: number, crowdOptions = {}): Promise<Workshop> {
  const { mission, key } = await createMission(urls[0]!);
  const view = await createWorkshop(urls[0]!, mission, key);
  const crowd = await RatingCrowd.join({
    urls,
    joinCode: view.workshop.joinCode,
    size: participants,
    codes: mission.statements.map((statement) => statement.code),
    points: mission.scale.points.length,
    ...crowdOptions,
  });
  crowd.start();
  return { mission, workshopId: view.workshop.id, joinCode: view.workshop.joinCode, crowd };
}

/**
 * Drains the crowd and checks the store; `openStore` gives the store and whether to close it afterwards, `lost` the
 * acknowledged vote ids the server reported lost (only Redis restarts and rollbacks have any).
 */
export async function finish(
  name: string,
  started: number,
  faults: number,
  workshop: Workshop,
  openStore: () => { store: Store; owned: boolean },
  lost: ReadonlySet<string> = new Set(),
): Promise<ScenarioResult> {
  await workshop.crowd.drain();
  await workshop.crowd.close();
  const { store, owned } = openStore();
  try {
    const { mission, workshopId, crowd } = workshop;
    const codes = mission.statements.map((statement) => statement.code);
    const points = mission.scale.points.length;
    const report = await checkExactlyOnce(store, workshopId, crowd.acknowledged(), points, codes, lost);
    return { name, faults, seconds: (Date.now() - started) / 1000, stats: crowd.stats, report, notes: {} };
  } finally {
    if (owned) await store.close();
  }
}

/** A store the check opens for itself and closes after. */
export const own = (store: Store) => ({ store, owned: true });

/** F1/F4: the server process is killed with SIGKILL mid-burst and started again on the same port. */
export async function serverKilled(
  store: StoreChoice,
  redisUrl: string | undefined,
  { participants = 12, faults = 2, between = 60, seconds }: ScenarioSize = {},
): Promise<ScenarioResult> {
  const started = Date.now();
  let fault: number;
  const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-kill-"));
  const environment: Record<string, string> = store === "redis" ? { REDIS_URL: redisUrl! } : { DATA_DIR: dataDir };
  let server: SpawnedServer = await spawnServer(environment);
  const workshop = await ratingWorkshop([server.url], participants);
  try {
    for (fault = 0; more(fault, faults, started, seconds); fault += 1) {
      await workshop.crowd.acknowledgedMore(between);
      await server.stop("SIGKILL");
      server = await spawnServer(environment, server.port);
    }
    await workshop.crowd.acknowledgedMore(between);
  } finally {
    // A graceful stop closes the journal, so the check below may open it.
    await workshop.crowd.drain().finally(() => server.stop("SIGTERM"));
  }
  const open = () => own(store === "redis" ? new RedisStore(redisUrl!) : new EmbeddedStore({ dataDir }));
  return finish(`server SIGKILL (${store})`, started, fault, workshop, open);
}

/**
 * F5: participants' connections are cut at random, also right after a rating left, and restored. The server runs
 * as its own process: closing an in-process app on Redis can leave the adapter's last unsubscribe rejected.
 */
export async function connectionsCut(
  store: StoreChoice,
  redisUrl: string | undefined,
  { participants = 15, faults = 20, between = 15, seconds }: ScenarioSize = {},
): Promise<ScenarioResult> {
  const started = Date.now();
  let fault: number;
  const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-cuts-"));
  const server = await spawnServer(store === "redis" ? { REDIS_URL: redisUrl! } : { DATA_DIR: dataDir });
  const workshop = await ratingWorkshop([server.url], participants, { cutAfterSendRate: 0.05 });
  try {
    for (fault = 0; more(fault, faults, started, seconds); fault += 1) {
      await workshop.crowd.acknowledgedMore(between);
      workshop.crowd.cut(Math.max(1, Math.round(participants / 5)));
    }
  } finally {
    await workshop.crowd.drain().finally(() => server.stop("SIGTERM"));
  }
  const open = () => own(store === "redis" ? new RedisStore(redisUrl!) : new EmbeddedStore({ dataDir }));
  return finish(`connections cut (${store})`, started, fault, workshop, open);
}

/** F6: two server processes on one Redis; one is killed and its participants carry on on the other. */
export async function processKilled(
  redisUrl: string,
  { participants = 12, faults = 1, between = 60, seconds }: ScenarioSize = {},
): Promise<ScenarioResult> {
  const started = Date.now();
  let fault: number;
  const servers = await Promise.all([spawnServer({ REDIS_URL: redisUrl }), spawnServer({ REDIS_URL: redisUrl })]);
  const workshop = await ratingWorkshop(
    servers.map((server) => server.url),
    participants,
  );
  try {
    for (fault = 0; more(fault, faults, started, seconds); fault += 1) {
      await workshop.crowd.acknowledgedMore(between);
      // Kill one process; bring it back before the next round, so the next fault can hit the other.
      const victim = fault % 2;
      const { port } = servers[victim]!;
      await servers[victim]!.stop("SIGKILL");
      const reconnects = workshop.crowd.stats.reconnects;
      await workshop.crowd.acknowledgedMore(between);
      if (workshop.crowd.stats.reconnects === reconnects) throw new Error("no participant had to reconnect");
      servers[victim] = await spawnServer({ REDIS_URL: redisUrl }, port);
    }
    await workshop.crowd.acknowledgedMore(between);
  } finally {
    await workshop.crowd.drain().finally(() => Promise.all(servers.map((server) => server.stop("SIGTERM"))));
  }
  return finish("one of two processes SIGKILL (redis)", started, fault, workshop, () => own(new RedisStore(redisUrl)));
}
/** How long `work` took to settle, in ms. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work().catch(() => undefined);
  return Math.round(performance.now() - started);
}

/**
 * F8: Redis frozen (SIGSTOP, its connection open) for `freezeSeconds` while phones rate and, throughout the freeze,
 * a health check and a joining phone probe the server one after another. The figures: the slowest answer of each
 * (the deadlines are 1,000 ms for /healthz and 2,000 ms for the rest), and the ratings acknowledged during the
 * freeze, from 200 ms after it began (answers Redis gave just before it froze may still be on their way) — none.
 */
export async function redisFrozen({
  participants = 12,
  faults = 1,
  between = 60,
  seconds,
  freezeSeconds = 9,
}: ScenarioSize & { freezeSeconds?: number } = {}) {
  const started = Date.now();
  let fault: number;
  const redis = await OwnRedis.start();
  const server = await spawnServer({ REDIS_URL: redis.url });
  const workshop = await ratingWorkshop([server.url], participants);
  const slowest = { healthMs: 0, joinMs: 0 };
  let acknowledgedWhileFrozen = 0;
  try {
    for (fault = 0; more(fault, faults, started, seconds); fault += 1) {
      await workshop.crowd.acknowledgedMore(between);
      redis.pause();
      const frozenAt = Date.now();
      // Answers Redis gave just before it froze may still be on their way: counted from 200 ms on.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = workshop.crowd.stats.acknowledged;
      while (Date.now() - frozenAt < freezeSeconds * 1000) {
        const [health, join] = await Promise.all([
          timed(() => fetch(`${server.url}/healthz`)),
          timed(() =>
            fetch(`${server.url}/api/join`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ joinCode: workshop.joinCode }),
            }),
          ),
        ]);
        slowest.healthMs = Math.max(slowest.healthMs, health);
        slowest.joinMs = Math.max(slowest.joinMs, join);
      }
      acknowledgedWhileFrozen += workshop.crowd.stats.acknowledged - before;
      redis.resume();
      await until(async () => (await fetch(`${server.url}/healthz`)).ok, "the server back on Redis");
    }
    await workshop.crowd.acknowledgedMore(between);
    const result = await finish(`redis frozen ${freezeSeconds} s (SIGSTOP)`, started, fault, workshop, () =>
      own(new RedisStore(redis.url)),
    );
    result.notes = {
      slowestHealthMs: slowest.healthMs,
      slowestJoinMs: slowest.joinMs,
      slowestRatingRefusalMs: result.stats.maxRefusalMs,
      acknowledgedWhileFrozen,
    };
    if (acknowledgedWhileFrozen > 0)
      result.report.problems.push(`${acknowledgedWhileFrozen} acknowledged while frozen`);
    return result;
  } finally {
    redis.resume();
    await workshop.crowd.close();
    await server.stop();
    await redis.stop();
  }
}
