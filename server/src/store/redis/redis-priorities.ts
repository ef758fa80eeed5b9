// The Redis half of break-outs, the priority vote and the action plan; every count moves inside record-vote.lua.
import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import { ActionPlan, Breakout, BallotPriority, type PriorityVoteState } from "@peerpulse/shared";
import { z } from "zod";
import type {
  PrioritiesStore,
  RawVoteCounts,
  StoredBreakout,
  VoteChange,
  VoteRecord,
  VoteRecordResult,
  VoteRefusal,
} from "../../domain/priorities-store.ts";
import { missionKeys, workshopKeys } from "./redis-keys.ts";

const script = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");

/** The scripts this part defines on the connection. */
export interface PriorityScripts {
  saveIfRevision(...keysAndArgs: string[]): Promise<unknown>;
  openVote(...keysAndArgs: string[]): Promise<unknown>;
  updateVote(...keysAndArgs: string[]): Promise<unknown>;
  recordVote(...keysAndArgs: string[]): Promise<unknown>;
}

/** Defines this part's scripts on a connection (before it is used). */
export function definePriorityScripts(redis: Redis): void {
  redis.defineCommand("saveIfRevision", { numberOfKeys: 2, lua: script("save-if-revision.lua") });
  redis.defineCommand("openVote", { numberOfKeys: 3, lua: script("open-vote.lua") });
  redis.defineCommand("updateVote", { numberOfKeys: 1, lua: script("update-vote.lua") });
  redis.defineCommand("recordVote", { numberOfKeys: 5, lua: script("record-vote.lua") });
}

const OUTCOMES = new Set(["recorded", "changed", "unchanged", "duplicate"]);
const StoredBreakoutJson = z.object({ breakout: Breakout, tokenHashes: z.record(z.string(), z.string()) });

/** Runs a store call with the Redis store's availability and deadline rules. */
export type RunOnRedis = <T>(work: (redis: Redis & PriorityScripts) => Promise<T>) => Promise<T>;

export class RedisPriorities implements PrioritiesStore {
  constructor(private readonly run: RunOnRedis) {}

  getBreakout(workshopId: string): Promise<StoredBreakout | null> {
    return this.run(async (redis) => {
      const json = await redis.hget(workshopKeys(workshopId).breakout, "json");
      return json === null ? null : StoredBreakoutJson.parse(JSON.parse(json));
    });
  }

  saveBreakout(workshopId: string, stored: StoredBreakout, expectedRevision: number): Promise<boolean> {
    const keys = workshopKeys(workshopId);
    return this.saveIfRevision(keys.breakout, keys.meta, expectedRevision, stored.breakout.revision, stored);
  }

  openVote(state: PriorityVoteState): Promise<"opened" | "exists" | "workshop_not_found"> {
    return this.run(async (redis) => {
      const keys = workshopKeys(state.workshopId);
      const ids = state.priorities.map((priority) => priority.id);
      const answer = await redis.openVote(
        keys.meta,
        keys.vote,
        keys.voteBallot,
        String(state.picks),
        JSON.stringify(state.priorities),
        JSON.stringify(state.top),
        ...ids,
      );
      return answer as "opened" | "exists" | "workshop_not_found";
    });
  }

  getVote(workshopId: string): Promise<PriorityVoteState | null> {
    return this.run(async (redis) => voteFromHash(workshopId, await redis.hgetall(workshopKeys(workshopId).vote)));
  }

  updateVote(workshopId: string, change: VoteChange): Promise<PriorityVoteState | null> {
    return this.run(async (redis) => {
      const found = await redis.updateVote(
        workshopKeys(workshopId).vote,
        change.status ?? "",
        change.revealed === undefined ? "" : String(change.revealed),
        change.top === undefined ? "" : JSON.stringify(change.top),
      );
      return found === 1 ? this.getVote(workshopId) : null;
    });
  }

  recordVote(vote: VoteRecord): Promise<VoteRecordResult> {
    return this.run(async (redis) => {
      const keys = workshopKeys(vote.workshopId);
      const answer = String(
        await redis.recordVote(
          keys.vote,
          keys.voteBallot,
          keys.voteIds,
          keys.voteChoices,
          keys.voteCounts,
          vote.voteId,
          vote.participantId,
          [...vote.choices].sort().join(","),
        ),
      );
      if (OUTCOMES.has(answer))
        return { accepted: true, outcome: answer as "recorded" | "changed" | "unchanged" | "duplicate" };
      return { accepted: false, refusal: answer as VoteRefusal };
    });
  }

  getVoteCounts(workshopId: string): Promise<RawVoteCounts | null> {
    return this.run(async (redis) => {
      const keys = workshopKeys(workshopId);
      const [[ballot, carried], voters, cells] = await Promise.all([
        redis.hmget(keys.vote, "ballot", "carriedVoters"),
        redis.hlen(keys.voteChoices),
        redis.hgetall(keys.voteCounts),
      ]);
      if (!ballot) return null;
      const votes: Record<string, number> = {};
      for (const priority of z.array(BallotPriority).parse(JSON.parse(ballot))) votes[priority.id] = 0;
      for (const [priorityId, count] of Object.entries(cells)) votes[priorityId] = Number(count);
      return { voters: voters + Number(carried ?? 0), votes };
    });
  }

  listVoteChoices(workshopId: string): Promise<VoteRecord[]> {
    return this.run(async (redis) => {
      const stored = await redis.hgetall(workshopKeys(workshopId).voteChoices);
      return Object.entries(stored).map(([participantId, value]) => {
        const [joined = "", voteId = ""] = value.split("|");
        return { workshopId, participantId, choices: joined.split(",").filter(Boolean), voteId };
      });
    });
  }

  importVote(state: PriorityVoteState, counts: RawVoteCounts): Promise<void> {
    return this.run(async (redis) => {
      const keys = workshopKeys(state.workshopId);
      if ((await redis.exists(keys.vote)) === 1) return;
      const cells = Object.entries(counts.votes).filter(([, count]) => count > 0);
      const multi = redis.multi();
      if (cells.length > 0) multi.hset(keys.voteCounts, Object.fromEntries(cells.map(([id, n]) => [id, String(n)])));
      if (state.priorities.length > 0) multi.sadd(keys.voteBallot, ...state.priorities.map((priority) => priority.id));
      multi.hset(keys.vote, {
        status: state.status,
        picks: String(state.picks),
        revealed: String(state.revealed),
        ballot: JSON.stringify(state.priorities),
        top: JSON.stringify(state.top),
        carriedVoters: String(counts.voters),
      });
      await multi.exec();
    });
  }

  getActionPlan(missionId: string): Promise<ActionPlan | null> {
    return this.run(async (redis) => {
      const json = await redis.hget(missionKeys(missionId).plan, "json");
      return json === null ? null : ActionPlan.parse(JSON.parse(json));
    });
  }

  saveActionPlan(missionId: string, plan: ActionPlan, expectedRevision: number): Promise<boolean> {
    const keys = missionKeys(missionId);
    return this.saveIfRevision(keys.plan, keys.mission, expectedRevision, plan.revision, plan);
  }

  private saveIfRevision(key: string, owner: string, expected: number, revision: number, record: unknown) {
    return this.run(async (redis) => {
      const saved = await redis.saveIfRevision(key, owner, String(expected), String(revision), JSON.stringify(record));
      return saved === 1;
    });
  }
}

/** Rebuilds a vote's state from its hash, or null when the workshop has none. */
function voteFromHash(workshopId: string, hash: Record<string, string>): PriorityVoteState | null {
  if (!hash.status) return null;
  return {
    workshopId,
    status: hash.status === "closed" ? "closed" : "open",
    picks: Number(hash.picks),
    priorities: z.array(BallotPriority).parse(JSON.parse(hash.ballot ?? "[]")),
    revealed: hash.revealed === "true",
    top: z.array(z.string()).parse(JSON.parse(hash.top ?? "[]")),
  };
}
