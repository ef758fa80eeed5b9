// Redis stops answering with its connection open (a hung host, a stalled disk), or dies with ratings in flight: the
// server's deadlines (F8, F9). Real redis-server (SIGSTOP, SIGCONT, SIGKILL), real server process, real sockets.
// No timed assertions: Redis stays frozen until every probe has its answer, so a probe the server leaves hanging
// fails the test (each probe gives up after 15 s), and an answer while Redis is frozen cannot be an acknowledgement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack, Mission, RatingReceipt } from "@peerpulse/shared";
import { DomainError } from "../../server/src/domain/domain-error.ts";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import {
  askAnything,
  createMission,
  createWorkshop,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { checkExactlyOnce } from "../support/exactly-once.ts";
import { aMission, aRating, aWorkshop, STATEMENT_CODES, voteId } from "../support/fixtures.ts";
import { OwnRedis } from "../support/own-redis.ts";
import { RatingCrowd } from "../support/rating-crowd.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";
import { until } from "../support/until.ts";

// Long enough for a loaded machine to answer the re-send after the thaw, short enough to keep the test quick.
const ANSWER_TIMEOUT_MS = 1_000;
/** A probe still unanswered after this long is taken as left hanging. */
const HANGING_MS = 15_000;

/** An HTTP call that gives up (and fails the test) when the server leaves it hanging. */
async function call(url: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(HANGING_MS),
  });
  return { status: response.status, body: await response.json() };
}

describe("faults: Redis hangs with its connection open", () => {
  let redis: OwnRedis;
  let store: RedisStore;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    store = new RedisStore(redis.url, { answerTimeoutMs: ANSWER_TIMEOUT_MS });
  });
  afterAll(async () => {
    redis.resume();
    await store.close();
    await redis.stop();
  });

  it("F8: a rating Redis does not answer is refused with store_unavailable after the deadline, and its re-send once Redis answers again is counted once", async () => {
    const mission = aMission();
    await store.createMission(mission, "hash");
    const workshop = aWorkshop(mission);
    await store.createWorkshop(workshop, { statementCodes: [...STATEMENT_CODES], scalePoints: 5 });
    const rating = aRating(workshop, "p1", "L1", 4);

    redis.pause();
    const started = performance.now();
    const refusal = await store.recordRating(rating).then(
      () => null,
      (error: unknown) => error,
    );
    const waitedMs = performance.now() - started;
    redis.resume();

    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("store_unavailable");
    expect((refusal as DomainError).message).toMatch(`within ${ANSWER_TIMEOUT_MS} ms`);
    expect(waitedMs).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_MS);
    // The script was on the wire and runs when Redis wakes: the phone was told nothing was acknowledged, re-sends
    // the same vote id, and the rating is counted once whether or not the first attempt landed.
    expect(await store.recordRating(rating)).toEqual({ accepted: true, outcome: "duplicate" });
    expect((await store.getTally(workshop.id))?.statements.L1).toEqual({ counts: [0, 0, 0, 1, 0], dontKnow: 0 });
    expect(await store.health()).toEqual({ status: "ok" });
  });
});

describe("faults: a server whose Redis hangs or dies with ratings in flight", () => {
  let redis: OwnRedis;
  let server: SpawnedServer;
  let mission: Mission;
  let key: string;
  const sockets: ClientSocket[] = [];
  const crowds: RatingCrowd[] = [];

  beforeAll(async () => {
    redis = await OwnRedis.start();
    server = await spawnServer({ REDIS_URL: redis.url });
    ({ mission, key } = await createMission(server.url));
  });
  afterAll(async () => {
    redis.resume();
    for (const socket of sockets) socket.close();
    await Promise.all(crowds.map((crowd) => crowd.close()));
    await server.stop();
    await redis.stop();
  });

  const codes = () => mission.statements.map((statement) => statement.code);
  const rate = (socket: ClientSocket, statementCode: string, id = voteId()) =>
    askAnything(socket, "rating:submit", { statementCode, value: 2, voteId: id }) as Promise<Ack<RatingReceipt>>;

  it("F8: Redis frozen (SIGSTOP) while phones rate, join and a health check polls: /healthz answers 503 unavailable, every join 503 store_unavailable (with or without a token, right or wrong code), every rating and handshake store_unavailable, none acknowledged while frozen; after SIGCONT every acknowledged rating counts once", async () => {
    const view = await createWorkshop(server.url, mission, key);
    const joinCode = view.workshop.joinCode;
    const crowd = await RatingCrowd.join({ urls: [server.url], joinCode, size: 8, codes: codes(), points: 5 });
    crowds.push(crowd);
    const returning = await join(server.url, joinCode);
    const phone = await participantSocket(server.url, returning.token);
    sockets.push(phone);
    crowd.start();
    await crowd.acknowledgedMore(40);

    redis.pause();
    // The first refusal comes at the deadline; any answer Redis gave before it froze has long reached its phone.
    await until(() => (crowd.stats.refusals.store_unavailable ?? 0) > 0, "a rating refused while Redis is frozen");
    const acknowledgedWhileFrozen = crowd.stats.acknowledged;

    const wrongCode = joinCode === "000000" ? "000001" : "000000";
    const phoneRating = { statementCode: codes()[0]!, value: 2 as const, voteId: voteId() };
    const [health, newcomer, rejoin, wrong, rating, handshake] = await Promise.all([
      call(server.url, "/healthz"),
      call(server.url, "/api/join", { joinCode }),
      call(server.url, "/api/join", { joinCode, token: returning.token }),
      call(server.url, "/api/join", { joinCode: wrongCode }),
      rate(phone, phoneRating.statementCode, phoneRating.voteId),
      participantSocket(server.url, returning.token).then(
        (socket) => (sockets.push(socket), "connected"),
        (error: unknown) => (error as { data?: { code: string } }).data?.code,
      ),
    ]);
    const polls = await Promise.all([call(server.url, "/healthz"), call(server.url, "/healthz")]);
    expect(crowd.stats.acknowledged).toBe(acknowledgedWhileFrozen);
    redis.resume();

    for (const answer of [health, ...polls])
      expect(answer).toEqual({
        status: 503,
        body: { status: "unavailable", store: "redis", detail: "redis did not answer a PING within 1000 ms" },
      });
    for (const answer of [newcomer, rejoin, wrong])
      expect(answer).toMatchObject({ status: 503, body: { error: { code: "store_unavailable" } } });
    expect(rating).toMatchObject({ ok: false, error: { code: "store_unavailable" } });
    expect(handshake).toBe("store_unavailable");

    // Thawed: the health check, joins and ratings answer again, and what was refused is re-sent and counted once.
    await until(async () => (await call(server.url, "/healthz")).status === 200, "/healthz ok again");
    expect((await join(server.url, joinCode, returning.token)).token).toBe(returning.token);
    // The phone re-sends its refused rating with the same vote id, as the page does: Redis may have run the first
    // attempt when it thawed (the refusal promised nothing either way), and the re-send is then a duplicate.
    expect(await rate(phone, phoneRating.statementCode, phoneRating.voteId)).toMatchObject({ ok: true });
    await crowd.acknowledgedMore(40);
    await crowd.drain();
    const check = new RedisStore(redis.url);
    const acknowledged = new Map([...crowd.acknowledged(), [returning.token, [phoneRating]]]);
    const report = await checkExactlyOnce(check, view.workshop.id, acknowledged, 5, codes());
    await check.close();
    expect(report.problems).toEqual([]);
    expect(report.stored).toBe(report.expected);
  });

  it("F9: ratings in flight when Redis dies are refused with store_unavailable as the connection drops, never acknowledged even though Redis is back at once, and count once when re-sent", async () => {
    const view = await createWorkshop(server.url, mission, key);
    const phones = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const socket = await participantSocket(server.url, (await join(server.url, view.workshop.joinCode)).token);
        sockets.push(socket);
        return socket;
      }),
    );
    // Frozen first, so the ratings are surely waiting on Redis (in the server's pipeline) when it dies.
    redis.pause();
    const sent = phones.map((socket, index) => ({
      socket,
      statementCode: codes()[index % codes().length]!,
      id: voteId(),
    }));
    const answers = sent.map(({ socket, statementCode, id }) => rate(socket, statementCode, id));
    // A refusal that needs no store, behind each rating on the same connection: the ratings have reached the server.
    for (const { socket } of sent)
      expect(await askAnything(socket, "rating:submit", { statementCode: codes()[0]! })).toMatchObject({
        ok: false,
        error: { code: "bad_request" },
      });
    await redis.kill("SIGKILL");
    // Back at once, well within the deadline: the commands that were on the wire are re-sent and run, yet the
    // ratings they carried were refused when the connection dropped and stay refused.
    await redis.restart();

    for (const answer of await Promise.all(answers))
      expect(answer).toMatchObject({ ok: false, error: { code: "store_unavailable" } });

    await until(async () => (await call(server.url, "/healthz")).status === 200, "the server back on Redis");
    for (const { socket, statementCode, id } of sent) {
      const resent = await rate(socket, statementCode, id);
      expect(resent.ok && ["recorded", "duplicate"].includes(resent.data.outcome)).toBe(true);
    }
    const check = new RedisStore(redis.url);
    const stored = await check.listRatings(view.workshop.id);
    const tally = await check.getTally(view.workshop.id);
    await check.close();
    expect(stored.map((rating) => rating.voteId).sort()).toEqual(sent.map(({ id }) => id).sort());
    const counted = Object.values(tally!.statements).reduce((sum, statement) => sum + statement.counts[1]!, 0);
    expect(counted).toBe(sent.length);
  });
});
