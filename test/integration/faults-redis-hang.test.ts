// Redis stops answering with its connection open (a hung host, a stalled disk): the store's deadline (F8).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../server/src/domain/domain-error.ts";
import { RedisStore } from "../../server/src/store/redis/redis.store.ts";
import { aMission, aRating, aWorkshop, STATEMENT_CODES } from "../support/fixtures.ts";
import { OwnRedis } from "../support/own-redis.ts";

const ANSWER_TIMEOUT_MS = 300;

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
    expect((refusal as DomainError).message).toMatch(/in time/);
    expect(waitedMs).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_MS);
    // The script was on the wire and runs when Redis wakes: the phone was told nothing was acknowledged, re-sends
    // the same vote id, and the rating is counted once whether or not the first attempt landed.
    expect(await store.recordRating(rating)).toEqual({ accepted: true, outcome: "duplicate" });
    expect((await store.getTally(workshop.id))?.statements.L1).toEqual({ counts: [0, 0, 0, 1, 0], dontKnow: 0 });
    expect(await store.health()).toEqual({ status: "ok" });
  });
});
