// The Redis store (REDIS_URL): shared by several server processes; every count moves inside a Lua script.
import { readFileSync } from "node:fs";
import { Redis, type ChainableCommander } from "ioredis";
import {
  DONT_KNOW,
  Mission,
  ShortlistCuration,
  type ActionPlan,
  type PriorityVoteState,
  type RatingOutcome,
  type RatingValue,
  type Workshop,
} from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import type {
  RawVoteCounts,
  StoredBreakout,
  VoteChange,
  VoteRecord,
  VoteRecordResult,
} from "../../domain/priorities-store.ts";
import type {
  RatingRecord,
  RatingRefusal,
  RawWorkshopTally,
  RecordResult,
  Store,
  StoreHealth,
  StoreIncident,
  ParticipantAdmission,
  WorkshopChange,
  WorkshopSetup,
  WorkshopUpdate,
} from "../../domain/store.ts";
import { workshopFromHash, workshopToHash } from "./workshop-hash.ts";
import { AnswerDeadline, asError } from "../../deadline/answer-deadline.ts";
import { ANSWER_DEADLINE_MS, HEALTH_DEADLINE_MS } from "../../deadline/deadlines.ts";
import { TurnBatcher } from "../turn-batcher.ts";
import { LossWatch, type RatingLoss } from "./loss-watch.ts";
import { JOIN_CODES_KEY, missionKeys, workshopKeys } from "./redis-keys.ts";
import { definePriorityScripts, RedisPriorities, type PriorityScripts } from "./redis-priorities.ts";

const RECORD_RATINGS = readFileSync(new URL("./record-ratings.lua", import.meta.url), "utf8");
const UPDATE_WORKSHOP = readFileSync(new URL("./update-workshop.lua", import.meta.url), "utf8");
const ADD_PARTICIPANT = readFileSync(new URL("./add-participant.lua", import.meta.url), "utf8");

/** The scripts defined on the connection, as commands (on a pipeline they return the pipeline). */
interface ScriptCommands<Returns> {
  recordRatings(...keysAndArgs: string[]): Returns;
  updateWorkshop(...keysAndArgs: string[]): Returns;
  addParticipant(...keysAndArgs: string[]): Returns;
}

type RedisWithScripts = Redis & ScriptCommands<Promise<unknown>> & PriorityScripts;

const OUTCOMES = new Set(["recorded", "changed", "unchanged", "duplicate"]);

/**
 * Connection options. The same client is shared with the join limits and duplicated for the Socket.IO adapter,
 * which does not catch a failed publish: so commands of others wait in the offline queue during an outage
 * (`maxRetriesPerRequest: null`) instead of failing as unhandled rejections, while the store's own commands are
 * refused up front by `run()` whenever the connection is not ready. Commands on the wire when the connection
 * dropped are re-sent after the reconnect (ioredis' default; without it an auto-pipeline caught mid-flight never
 * settles and blocks every later command): a rating re-sent so is safe, its vote id makes it count once.
 */
const CONNECTION_OPTIONS = {
  lazyConnect: false,
  enableAutoPipelining: true,
  // The adapter's duplicates unsubscribe as the app closes, just before they quit: pipelined, those would be
  // deferred past the quit and rejected unhandled ("Connection is closed").
  autoPipeliningIgnoredCommands: [
    "subscribe",
    "psubscribe",
    "ssubscribe",
    "unsubscribe",
    "punsubscribe",
    "sunsubscribe",
  ],
  maxRetriesPerRequest: null,
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 1_000),
};

/** The Redis store. */
export class RedisStore implements Store {
  readonly kind = "redis";
  readonly redis: RedisWithScripts;
  private readonly losses = new LossWatch();
  private readonly listeners: ((incident: StoreIncident) => void)[] = [];
  private everReady = false;
  private available = true;
  private lastError = "";
  private readonly deadline: AnswerDeadline;
  private readonly healthDeadline = new AnswerDeadline(
    HEALTH_DEADLINE_MS,
    () => new Error(`redis did not answer a PING within ${HEALTH_DEADLINE_MS} ms`),
  );
  /** Break-outs, the priority vote and the action plan, under the same availability and deadline rules. */
  private readonly priorities = new RedisPriorities((work) => this.run(work));
  private readonly ratingBatches = new TurnBatcher<RatingRecord, RecordResult>((batches) =>
    this.recordBatches(batches),
  );

  /** `answerTimeoutMs` is for tests that stop Redis; a deployment keeps the default. */
  constructor(url: string, { answerTimeoutMs = ANSWER_DEADLINE_MS } = {}) {
    this.deadline = new AnswerDeadline(
      answerTimeoutMs,
      () =>
        new DomainError(
          "store_unavailable",
          `the store did not answer within ${answerTimeoutMs} ms; nothing was acknowledged, try again`,
        ),
    );
    const redis = new Redis(url, CONNECTION_OPTIONS);
    redis.defineCommand("recordRatings", { numberOfKeys: 8, lua: RECORD_RATINGS });
    redis.defineCommand("updateWorkshop", { numberOfKeys: 3, lua: UPDATE_WORKSHOP });
    redis.defineCommand("addParticipant", { numberOfKeys: 2, lua: ADD_PARTICIPANT });
    definePriorityScripts(redis);
    this.redis = redis as RedisWithScripts;
    // Without a listener ioredis prints every failed reconnect; the state is reported through incidents instead.
    redis.on("error", (error: Error) => (this.lastError = error.message));
    redis.on("close", () => {
      // Commands on the wire are re-sent after a reconnect, but their callers are answered now: a rating in flight
      // when Redis went away is refused at once (its phone re-sends it, and its vote id makes it count once).
      this.deadline.refuseAll(unavailable("the connection to redis was lost; nothing was acknowledged"));
      if (!this.everReady || !this.available) return;
      this.available = false;
      this.tell({ kind: "unavailable", detail: this.lastError || "the connection to redis was closed" });
    });
    redis.on("ready", () => {
      if (this.everReady) this.checkForLosses();
      this.everReady = true;
    });
  }

  onIncident(listener: (incident: StoreIncident) => void): void {
    this.listeners.push(listener);
  }

  async health(): Promise<StoreHealth> {
    if (this.redis.status !== "ready")
      return { status: "unavailable", detail: `redis connection is ${this.redis.status}` };
    try {
      await this.healthDeadline.watch(this.redis.ping());
    } catch (error) {
      return { status: "unavailable", detail: (error as Error).message };
    }
    const lostRatings = this.losses.lostRatings;
    if (lostRatings === 0) return { status: "ok" };
    return {
      status: "degraded",
      lostRatings,
      detail: `redis came back without ${lostRatings} acknowledged rating(s); see the error log for the workshops`,
    };
  }

  createMission(mission: Mission, keyHash: string): Promise<void> {
    return this.run(async (redis) => {
      const keys = missionKeys(mission.id);
      await redis.multi().set(keys.mission, JSON.stringify(mission)).set(keys.keyHash, keyHash).exec();
    });
  }

  getMission(missionId: string): Promise<Mission | null> {
    return this.run(async (redis) => {
      const text = await redis.get(missionKeys(missionId).mission);
      return text === null ? null : Mission.parse(JSON.parse(text));
    });
  }

  getFacilitatorKeyHash(missionId: string): Promise<string | null> {
    return this.run((redis) => redis.get(missionKeys(missionId).keyHash));
  }

  createWorkshop(workshop: Workshop, setup: WorkshopSetup): Promise<boolean> {
    return this.run(async (redis) => {
      const claimed = await redis.hsetnx(JOIN_CODES_KEY, workshop.joinCode, workshop.id);
      if (claimed === 0) return false;
      const keys = workshopKeys(workshop.id);
      const indexes = setup.statementCodes.flatMap((code, index) => [code, String(index)]);
      const multi = redis
        .multi()
        .hset(keys.meta, { ...workshopToHash(workshop), scalePoints: String(setup.scalePoints) })
        .hset(keys.statements, ...indexes);
      if (workshop.locked.length > 0) multi.sadd(keys.locked, ...workshop.locked);
      await multi.rpush(missionKeys(workshop.missionId).workshops, workshop.id).exec();
      return true;
    });
  }

  getWorkshop(workshopId: string): Promise<Workshop | null> {
    return this.run(async (redis) => {
      const keys = workshopKeys(workshopId);
      const [meta, locked] = await Promise.all([redis.hgetall(keys.meta), redis.smembers(keys.locked)]);
      return workshopFromHash(workshopId, meta, locked);
    });
  }

  listWorkshopIds(missionId: string): Promise<string[]> {
    return this.run((redis) => redis.lrange(missionKeys(missionId).workshops, 0, -1));
  }

  findWorkshopIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.run((redis) => redis.hget(JOIN_CODES_KEY, joinCode));
  }

  updateWorkshop(workshopId: string, change: WorkshopChange): Promise<WorkshopUpdate | null> {
    const optional = (value: number | boolean | undefined): string => (value === undefined ? "" : String(value));
    return this.run(async (redis) => {
      const keys = workshopKeys(workshopId);
      const found = await redis.updateWorkshop(
        keys.meta,
        keys.locked,
        keys.statements,
        change.status ?? "",
        optional(change.currentIndex),
        optional(change.revealed),
        change.lock ?? "",
        change.unlock ?? "",
        change.open ? "1" : "",
        optional(change.step),
        optional(change.entryClosed),
        change.expectedSize === null ? "null" : optional(change.expectedSize),
      );
      if (found === 0) return null;
      const workshop = await this.getWorkshop(workshopId);
      return workshop ? { workshop, changed: found === 2 } : null;
    });
  }

  addParticipant(workshopId: string, participantId: string, tokenHash: string): Promise<ParticipantAdmission> {
    return this.run(async (redis) => {
      const keys = workshopKeys(workshopId);
      const added = await redis.addParticipant(keys.meta, keys.tokens, tokenHash, participantId);
      return added === 1 ? "added" : added === 2 ? "entry_closed" : "workshop_not_found";
    });
  }

  findParticipant(workshopId: string, tokenHash: string): Promise<string | null> {
    return this.run((redis) => redis.hget(workshopKeys(workshopId).tokens, tokenHash));
  }

  /** Ratings of one turn of the event loop go to Redis together: one script call per workshop, one write. */
  recordRating(rating: RatingRecord): Promise<RecordResult> {
    if (this.away) return Promise.reject(unavailable("nothing was written"));
    return this.ratingBatches.add(rating.workshopId, rating);
  }

  private recordBatches(batches: RatingRecord[][]): Promise<RecordResult[]>[] {
    const pipeline = this.redis.pipeline() as ChainableCommander & ScriptCommands<ChainableCommander>;
    for (const ratings of batches) {
      const keys = workshopKeys(ratings[0]!.workshopId);
      const args: string[] = [];
      for (const rating of ratings)
        args.push(rating.voteId, rating.participantId, rating.statementCode, String(rating.value));
      pipeline.recordRatings(
        keys.meta,
        keys.statements,
        keys.locked,
        keys.votes,
        keys.ratings,
        keys.tally,
        keys.voters,
        keys.seq,
        ...args,
      );
    }
    const replies = this.away ? Promise.reject(unavailable("nothing was written")) : pipeline.exec();
    // Every answer Redis gives is read, also one that comes after its callers were refused (deadline, lost
    // connection; ioredis re-sends what was on the wire): each accepted rating's sequence number feeds the loss check.
    return batches.map((ratings, index) =>
      this.deadline.watch(
        replies.then((all) => {
          const [error, reply] = all?.[index] ?? [new Error("redis did not answer the rating batch")];
          if (error) throw storeError(error);
          return this.outcomes(ratings, reply);
        }),
        storeError,
      ),
    );
  }

  /** Reads the script's answer (outcome, sequence for each rating) and checks each sequence for a loss. */
  private outcomes(ratings: RatingRecord[], reply: unknown): RecordResult[] {
    if (!Array.isArray(reply) || reply.length !== ratings.length * 2)
      throw new Error(`unexpected answer from the rating script: ${JSON.stringify(reply)}`);
    return ratings.map((rating, index): RecordResult => {
      const answer = String(reply[index * 2]);
      const sequence = Number(reply[index * 2 + 1]);
      if (!OUTCOMES.has(answer)) return { accepted: false, refusal: answer as RatingRefusal };
      if (sequence > 0) this.noticeLoss(this.losses.observe(rating.workshopId, sequence));
      return { accepted: true, outcome: answer as RatingOutcome };
    });
  }

  getTally(workshopId: string): Promise<RawWorkshopTally | null> {
    return this.run(async (redis) => {
      const keys = workshopKeys(workshopId);
      const [[points, carriedJoined, carriedVoted], codes, cells, joined, voted] = await Promise.all([
        redis.hmget(keys.meta, "scalePoints", "carriedJoined", "carriedVoted"),
        redis.hkeys(keys.statements),
        redis.hgetall(keys.tally),
        redis.hlen(keys.tokens),
        redis.scard(keys.voters),
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
    });
  }

  ratedCodes(workshopId: string, participantId: string): Promise<string[]> {
    return this.run(async () => {
      const prefix = `${participantId}|`;
      const fields = await this.scanRatingFields(workshopId, `${participantId}|*`);
      return fields.map(([field]) => field.slice(prefix.length));
    });
  }

  listRatings(workshopId: string): Promise<RatingRecord[]> {
    return this.run(async () => {
      const fields = await this.scanRatingFields(workshopId, "*");
      return fields.map(([field, stored]) => {
        const [participantId = "", statementCode = ""] = field.split("|");
        const [value = "", voteId = ""] = stored.split("|");
        const rating: RatingValue = value === DONT_KNOW ? DONT_KNOW : Number(value);
        return { workshopId, participantId, statementCode, value: rating, voteId };
      });
    });
  }

  getShortlistCuration(missionId: string): Promise<ShortlistCuration | null> {
    return this.run(async (redis) => {
      const text = await redis.get(missionKeys(missionId).shortlist);
      return text === null ? null : ShortlistCuration.parse(JSON.parse(text));
    });
  }

  saveShortlistCuration(missionId: string, curation: ShortlistCuration): Promise<void> {
    return this.run(async (redis) => {
      const keys = missionKeys(missionId);
      if ((await redis.exists(keys.mission)) === 1) await redis.set(keys.shortlist, JSON.stringify(curation));
    });
  }

  importWorkshop(
    workshop: Workshop,
    setup: WorkshopSetup,
    carried: RawWorkshopTally,
  ): Promise<"imported" | "exists" | "join_code_taken"> {
    return this.run(async (redis) => {
      const keys = workshopKeys(workshop.id);
      if ((await redis.exists(keys.meta)) === 1) return "exists";
      if ((await redis.hsetnx(JOIN_CODES_KEY, workshop.joinCode, workshop.id)) === 0) return "join_code_taken";
      const cells = Object.entries(carried.statements).flatMap(([code, tally]) => [
        ...tally.counts.flatMap((count, index) => (count > 0 ? [`${code}:${index + 1}`, String(count)] : [])),
        ...(tally.dontKnow > 0 ? [`${code}:${DONT_KNOW}`, String(tally.dontKnow)] : []),
      ]);
      const multi = redis
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
    });
  }

  getBreakout(workshopId: string): Promise<StoredBreakout | null> {
    return this.priorities.getBreakout(workshopId);
  }

  saveBreakout(workshopId: string, stored: StoredBreakout, expectedRevision: number): Promise<boolean> {
    return this.priorities.saveBreakout(workshopId, stored, expectedRevision);
  }

  openVote(state: PriorityVoteState): Promise<"opened" | "exists" | "workshop_not_found"> {
    return this.priorities.openVote(state);
  }

  getVote(workshopId: string): Promise<PriorityVoteState | null> {
    return this.priorities.getVote(workshopId);
  }

  updateVote(workshopId: string, change: VoteChange): Promise<PriorityVoteState | null> {
    return this.priorities.updateVote(workshopId, change);
  }

  recordVote(vote: VoteRecord): Promise<VoteRecordResult> {
    return this.priorities.recordVote(vote);
  }

  getVoteCounts(workshopId: string): Promise<RawVoteCounts | null> {
    return this.priorities.getVoteCounts(workshopId);
  }

  listVoteChoices(workshopId: string): Promise<VoteRecord[]> {
    return this.priorities.listVoteChoices(workshopId);
  }

  importVote(state: PriorityVoteState, counts: RawVoteCounts): Promise<void> {
    return this.priorities.importVote(state, counts);
  }

  getActionPlan(missionId: string): Promise<ActionPlan | null> {
    return this.priorities.getActionPlan(missionId);
  }

  saveActionPlan(missionId: string, plan: ActionPlan, expectedRevision: number): Promise<boolean> {
    return this.priorities.saveActionPlan(missionId, plan, expectedRevision);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /**
   * Runs store commands: refused at once with `store_unavailable` while Redis is away, and when the connection
   * drops while they wait, and after `ANSWER_DEADLINE_MS` without an answer. A refused rating was never acknowledged, so the phone
   * keeps it and re-sends it with the same vote id.
   */
  private run<T>(work: (redis: RedisWithScripts) => Promise<T>): Promise<T> {
    if (this.away) return Promise.reject(unavailable("nothing was written"));
    return this.deadline.watch(work(this.redis), storeError);
  }

  /** Runs another user's commands on this connection (the join limits) under the store's rules and deadline. */
  within<T>(work: () => Promise<T>): Promise<T> {
    return this.run(work);
  }

  /** Redis was reached once and is not reachable now: store calls are refused at once. */
  private get away(): boolean {
    return this.everReady && this.redis.status !== "ready";
  }

  /** After a reconnect: compares what this process saw acknowledged with what Redis holds now. */
  private checkForLosses(): void {
    this.available = true;
    this.tell({ kind: "available" });
    const asked = [...this.losses.snapshot()];
    // One GET per workshop (pipelined) rather than MGET, which Redis Cluster refuses across slots.
    Promise.all(asked.map(([id]) => this.redis.get(workshopKeys(id).seq))).then(
      (held) => {
        asked.forEach(([id, highest], index) =>
          this.noticeLoss(this.losses.compare(id, Number(held[index] ?? 0), highest)),
        );
      },
      (error: unknown) => {
        // The connection dropped again: the next "ready" checks again, and so does every accepted rating.
        this.lastError = error instanceof Error ? error.message : String(error);
      },
    );
  }

  private noticeLoss(loss: RatingLoss | null): void {
    if (loss) this.tell({ kind: "ratings-lost", ...loss });
  }

  private tell(incident: StoreIncident): void {
    for (const listener of this.listeners) listener(incident);
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

/** Errors that mean Redis cannot serve now (rather than a bug): the connection, or a server that is loading. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "ReplyError")
    return /^(LOADING|BUSY|MISCONF|READONLY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|OOM)\b/.test(error.message);
  return (
    error.name === "MaxRetriesPerRequestError" ||
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/.test(error.message)
  );
}

function unavailable(detail: string): DomainError {
  return new DomainError("store_unavailable", `the store is not reachable just now; ${detail}`);
}

/** What a failed store call is refused with: `store_unavailable` when Redis is away or busy, else the error. */
function storeError(error: unknown): Error {
  return isUnavailable(error) ? unavailable("try again") : asError(error);
}
