// The Redis store (REDIS_URL): shared by several server processes; every count moves inside a Lua script.
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import { DONT_KNOW, Mission, ShortlistCuration, type RatingValue, type Workshop } from "@peerpulse/shared";
import type {
  RatingRecord,
  RatingRefusal,
  RawWorkshopTally,
  RecordResult,
  Store,
  StoreHealth,
  WorkshopChange,
  WorkshopSetup,
} from "../../domain/store.ts";
import { workshopFromHash, workshopToHash } from "./workshop-hash.ts";
import { JOIN_CODES_KEY, missionKeys, workshopKeys } from "./redis-keys.ts";

const RECORD_RATING = readFileSync(new URL("./record-rating.lua", import.meta.url), "utf8");
const UPDATE_WORKSHOP = readFileSync(new URL("./update-workshop.lua", import.meta.url), "utf8");

type RedisWithScripts = Redis & {
  recordRating(...keysAndArgs: string[]): Promise<string>;
  updateWorkshop(...keysAndArgs: string[]): Promise<number>;
};

const OUTCOMES = new Set(["recorded", "changed", "unchanged", "duplicate"]);

/** The Redis store. */
export class RedisStore implements Store {
  readonly kind = "redis";
  readonly redis: RedisWithScripts;

  constructor(url: string) {
    const redis = new Redis(url, { lazyConnect: false, enableAutoPipelining: true });
    redis.defineCommand("recordRating", { numberOfKeys: 7, lua: RECORD_RATING });
    redis.defineCommand("updateWorkshop", { numberOfKeys: 2, lua: UPDATE_WORKSHOP });
    this.redis = redis as RedisWithScripts;
  }

  async health(): Promise<StoreHealth> {
    if (this.redis.status !== "ready")
      return { status: "unavailable", detail: `redis connection is ${this.redis.status}` };
    try {
      await this.redis.ping();
      return { status: "ok" };
    } catch (error) {
      return { status: "unavailable", detail: (error as Error).message };
    }
  }

  async createMission(mission: Mission, keyHash: string): Promise<void> {
    const keys = missionKeys(mission.id);
    await this.redis.multi().set(keys.mission, JSON.stringify(mission)).set(keys.keyHash, keyHash).exec();
  }

  async getMission(missionId: string): Promise<Mission | null> {
    const text = await this.redis.get(missionKeys(missionId).mission);
    return text === null ? null : Mission.parse(JSON.parse(text));
  }

  getFacilitatorKeyHash(missionId: string): Promise<string | null> {
    return this.redis.get(missionKeys(missionId).keyHash);
  }

  async createWorkshop(workshop: Workshop, setup: WorkshopSetup): Promise<boolean> {
    const claimed = await this.redis.hsetnx(JOIN_CODES_KEY, workshop.joinCode, workshop.id);
    if (claimed === 0) return false;
    const keys = workshopKeys(workshop.id);
    const indexes = setup.statementCodes.flatMap((code, index) => [code, String(index)]);
    const multi = this.redis
      .multi()
      .hset(keys.meta, { ...workshopToHash(workshop), scalePoints: String(setup.scalePoints) })
      .hset(keys.statements, ...indexes);
    if (workshop.locked.length > 0) multi.sadd(keys.locked, ...workshop.locked);
    await multi.rpush(missionKeys(workshop.missionId).workshops, workshop.id).exec();
    return true;
  }

  async getWorkshop(workshopId: string): Promise<Workshop | null> {
    const keys = workshopKeys(workshopId);
    const [meta, locked] = await Promise.all([this.redis.hgetall(keys.meta), this.redis.smembers(keys.locked)]);
    return workshopFromHash(workshopId, meta, locked);
  }

  listWorkshopIds(missionId: string): Promise<string[]> {
    return this.redis.lrange(missionKeys(missionId).workshops, 0, -1);
  }

  findWorkshopIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.redis.hget(JOIN_CODES_KEY, joinCode);
  }

  async updateWorkshop(workshopId: string, change: WorkshopChange): Promise<Workshop | null> {
    const keys = workshopKeys(workshopId);
    const found = await this.redis.updateWorkshop(
      keys.meta,
      keys.locked,
      change.status ?? "",
      change.currentIndex === undefined ? "" : String(change.currentIndex),
      change.revealed === undefined ? "" : String(change.revealed),
      change.lock ?? "",
      change.unlock ?? "",
    );
    return found === 1 ? this.getWorkshop(workshopId) : null;
  }

  async addParticipant(workshopId: string, participantId: string, tokenHash: string): Promise<void> {
    const keys = workshopKeys(workshopId);
    if ((await this.redis.exists(keys.meta)) === 1) await this.redis.hset(keys.tokens, tokenHash, participantId);
  }

  findParticipant(workshopId: string, tokenHash: string): Promise<string | null> {
    return this.redis.hget(workshopKeys(workshopId).tokens, tokenHash);
  }

  async recordRating(rating: RatingRecord): Promise<RecordResult> {
    const keys = workshopKeys(rating.workshopId);
    const answer = await this.redis.recordRating(
      keys.meta,
      keys.statements,
      keys.locked,
      keys.votes,
      keys.ratings,
      keys.tally,
      keys.voters,
      rating.voteId,
      rating.participantId,
      rating.statementCode,
      String(rating.value),
    );
    if (OUTCOMES.has(answer)) return { accepted: true, outcome: answer as "recorded" };
    return { accepted: false, refusal: answer as RatingRefusal };
  }

  async getTally(workshopId: string): Promise<RawWorkshopTally | null> {
    const keys = workshopKeys(workshopId);
    const [[points, carriedJoined, carriedVoted], codes, cells, joined, voted] = await Promise.all([
      this.redis.hmget(keys.meta, "scalePoints", "carriedJoined", "carriedVoted"),
      this.redis.hkeys(keys.statements),
      this.redis.hgetall(keys.tally),
      this.redis.hlen(keys.tokens),
      this.redis.scard(keys.voters),
    ]);
    if (points === null) return null;
    const scalePoints = Number(points);
    const statements: RawWorkshopTally["statements"] = {};
    for (const code of codes) statements[code] = { counts: new Array<number>(scalePoints).fill(0), dontKnow: 0 };
    for (const [field, count] of Object.entries(cells)) {
      const separator = field.lastIndexOf(":");
      const tally = statements[field.slice(0, separator)];
      const value = field.slice(separator + 1);
      if (!tally) continue;
      if (value === DONT_KNOW) tally.dontKnow = Number(count);
      else tally.counts[Number(value) - 1] = Number(count);
    }
    return { joined: joined + Number(carriedJoined ?? 0), voted: voted + Number(carriedVoted ?? 0), statements };
  }

  async ratedCodes(workshopId: string, participantId: string): Promise<string[]> {
    const prefix = `${participantId}|`;
    const fields = await this.scanRatingFields(workshopId, `${participantId}|*`);
    return fields.map(([field]) => field.slice(prefix.length));
  }

  async listRatings(workshopId: string): Promise<RatingRecord[]> {
    const fields = await this.scanRatingFields(workshopId, "*");
    return fields.map(([field, stored]) => {
      const [participantId = "", statementCode = ""] = field.split("|");
      const [value = "", voteId = ""] = stored.split("|");
      const rating: RatingValue = value === DONT_KNOW ? DONT_KNOW : Number(value);
      return { workshopId, participantId, statementCode, value: rating, voteId };
    });
  }

  async getShortlistCuration(missionId: string): Promise<ShortlistCuration | null> {
    const text = await this.redis.get(missionKeys(missionId).shortlist);
    return text === null ? null : ShortlistCuration.parse(JSON.parse(text));
  }

  async saveShortlistCuration(missionId: string, curation: ShortlistCuration): Promise<void> {
    const keys = missionKeys(missionId);
    if ((await this.redis.exists(keys.mission)) === 1) await this.redis.set(keys.shortlist, JSON.stringify(curation));
  }

  async importWorkshop(
    workshop: Workshop,
    setup: WorkshopSetup,
    carried: RawWorkshopTally,
  ): Promise<"imported" | "exists" | "join_code_taken"> {
    const keys = workshopKeys(workshop.id);
    if ((await this.redis.exists(keys.meta)) === 1) return "exists";
    if ((await this.redis.hsetnx(JOIN_CODES_KEY, workshop.joinCode, workshop.id)) === 0) return "join_code_taken";
    const cells = Object.entries(carried.statements).flatMap(([code, tally]) => [
      ...tally.counts.flatMap((count, index) => (count > 0 ? [`${code}:${index + 1}`, String(count)] : [])),
      ...(tally.dontKnow > 0 ? [`${code}:${DONT_KNOW}`, String(tally.dontKnow)] : []),
    ]);
    const multi = this.redis
      .multi()
      .hset(keys.statements, ...setup.statementCodes.flatMap((code, index) => [code, String(index)]));
    if (cells.length > 0) multi.hset(keys.tally, ...cells);
    if (workshop.locked.length > 0) multi.sadd(keys.locked, ...workshop.locked);
    // The meta hash is written last in the transaction: its presence is what makes the workshop exist.
    multi.hset(keys.meta, {
      ...workshopToHash(workshop),
      scalePoints: String(setup.scalePoints),
      carriedJoined: String(carried.joined),
      carriedVoted: String(carried.voted),
    });
    await multi.rpush(missionKeys(workshop.missionId).workshops, workshop.id).exec();
    return "imported";
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async scanRatingFields(workshopId: string, match: string): Promise<[string, string][]> {
    const found: [string, string][] = [];
    const stream = this.redis.hscanStream(workshopKeys(workshopId).ratings, { match, count: 500 });
    for await (const chunk of stream) {
      const pairs = chunk as string[];
      for (let index = 0; index < pairs.length; index += 2) found.push([pairs[index]!, pairs[index + 1]!]);
    }
    return found;
  }
}
