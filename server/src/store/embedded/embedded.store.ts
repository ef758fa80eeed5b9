// The default store: all state in this process, made durable by a journal under DATA_DIR.
import type { ActionPlan, Mission, PriorityVoteState, ShortlistCuration, Workshop } from "@peerpulse/shared";
import type {
  RawVoteCounts,
  StoredBreakout,
  VoteChange,
  VoteRecord,
  VoteRecordResult,
} from "../../domain/priorities-store.ts";
import type {
  RatingRecord,
  RawWorkshopTally,
  RecordResult,
  Store,
  ParticipantAdmission,
  StoreHealth,
  WorkshopChange,
  WorkshopSetup,
  WorkshopUpdate,
} from "../../domain/store.ts";
import { controlChanged } from "../../domain/workshop-state.ts";
import { operationsFor } from "./compaction.ts";
import { EmbeddedState, type StateOperation } from "./embedded-state.ts";
import { DataDirLock } from "./data-dir-lock.ts";
import { Journal } from "./journal.ts";
import { journalFailure, type JournalFailure } from "./journal-failure.ts";
import { TurnBatcher } from "../turn-batcher.ts";

/** Options of the embedded store. */
export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Compact when the journal holds this many more lines than the state needs (default 50,000). */
  compactAfter?: number;
  onWarning?: (message: string) => void;
}

/** The embedded store. Single-threaded JavaScript makes each method atomic without locks. */
export class EmbeddedStore implements Store {
  readonly kind = "embedded";
  private readonly state = new EmbeddedState();
  private readonly journal: Journal;
  private readonly lock: DataDirLock;
  /** Set while the journal cannot be written; `/healthz` reports it. */
  private failure: JournalFailure | undefined;
  private readonly compactAfter: number;
  private nextCompactionAt: number;
  private compaction: Promise<void> | undefined;
  private readonly onWarning: (message: string) => void;
  private readonly ratingBatches = new TurnBatcher<RatingRecord, RecordResult>((batches) =>
    batches.map((ratings) => this.recordBatch(ratings)),
  );

  constructor(options: EmbeddedStoreOptions) {
    // Before the journal is touched: a second process on the folder stops here, naming it (DataDirInUse).
    this.lock = DataDirLock.take(options.dataDir);
    this.compactAfter = options.compactAfter ?? 50_000;
    this.onWarning = options.onWarning ?? (() => undefined);
    this.nextCompactionAt = this.compactAfter;
    try {
      this.journal = new Journal(options.dataDir, undefined, (error) =>
        this.onWarning(
          `the journal could not be flushed to disk (${error.message}); a machine crash may lose the last second`,
        ),
      );
      const report = this.journal.replay();
      for (const operation of report.operations) this.state.apply(operation);
      if (report.droppedTornTail)
        this.onWarning("the journal ended in a line cut short by a crash; it was never acknowledged and was dropped");
      // At start nothing else runs yet, so a long journal is compacted at once.
      if (this.journal.length >= this.nextCompactionAt) this.compactNow();
    } catch (error) {
      this.lock.release();
      throw error;
    }
  }

  /** Resolves when no compaction is running (tests and close() wait for it). */
  async compacted(): Promise<void> {
    await this.compaction;
  }

  /** `degraded` from a failed journal write (a full disk) until a write succeeds: ratings are refused meanwhile. */
  health(): Promise<StoreHealth> {
    if (!this.failure) return Promise.resolve({ status: "ok" });
    const { detail, since } = this.failure;
    return Promise.resolve({ status: "degraded", detail: `${detail} (since ${since.toISOString()})` });
  }

  createMission(mission: Mission, keyHash: string): Promise<void> {
    this.write({ op: "mission.create", mission, keyHash });
    return Promise.resolve();
  }

  getMission(missionId: string): Promise<Mission | null> {
    return Promise.resolve(this.state.missions.get(missionId)?.mission ?? null);
  }

  getFacilitatorKeyHash(missionId: string): Promise<string | null> {
    return Promise.resolve(this.state.missions.get(missionId)?.keyHash ?? null);
  }

  createWorkshop(workshop: Workshop, setup: WorkshopSetup): Promise<boolean> {
    if (this.state.joinCodes.has(workshop.joinCode)) return Promise.resolve(false);
    this.write({ op: "workshop.create", workshop, setup });
    return Promise.resolve(true);
  }

  getWorkshop(workshopId: string): Promise<Workshop | null> {
    return Promise.resolve(this.state.workshops.get(workshopId)?.workshop ?? null);
  }

  listWorkshopIds(missionId: string): Promise<string[]> {
    return Promise.resolve([...(this.state.missions.get(missionId)?.workshopIds ?? [])]);
  }

  findWorkshopIdByJoinCode(joinCode: string): Promise<string | null> {
    return Promise.resolve(this.state.joinCodes.get(joinCode) ?? null);
  }

  /** Synchronous from read to write, so no other command interleaves; a change that changes nothing is not journalled. */
  updateWorkshop(workshopId: string, change: WorkshopChange): Promise<WorkshopUpdate | null> {
    const before = this.state.workshops.get(workshopId)?.workshop;
    if (!before) return Promise.resolve(null);
    const after = this.state.preview(workshopId, change);
    const changed = controlChanged(before, after);
    if (changed) this.write({ op: "workshop.update", workshopId, change });
    return Promise.resolve({ workshop: this.state.workshops.get(workshopId)!.workshop, changed });
  }

  addParticipant(workshopId: string, participantId: string, tokenHash: string): Promise<ParticipantAdmission> {
    const record = this.state.workshops.get(workshopId);
    if (!record) return Promise.resolve("workshop_not_found");
    if (record.workshop.entryClosed) return Promise.resolve("entry_closed");
    this.write({ op: "participant.add", workshopId, participantId, tokenHash });
    return Promise.resolve("added");
  }

  findParticipant(workshopId: string, tokenHash: string): Promise<string | null> {
    return Promise.resolve(this.state.workshops.get(workshopId)?.tokens.get(tokenHash) ?? null);
  }

  /**
   * A refusal or a duplicate is answered at once. A rating to record waits for the end of its turn of the event
   * loop, when all of the turn's ratings are journalled in one write and then applied in order: applying checks
   * each again, so one refused since (a statement locked in the same turn) is refused live and on replay alike.
   */
  recordRating(rating: RatingRecord): Promise<RecordResult> {
    const verdict = this.state.checkRating(rating);
    if (!verdict.accepted || verdict.outcome === "duplicate") return Promise.resolve(verdict);
    return this.ratingBatches.add("journal", rating);
  }

  /** Journal first, the whole turn in one write: the acknowledgements that follow promise the ratings survive a
   * crash. A failed write throws, and the batcher refuses every rating of the turn. */
  private recordBatch(ratings: RatingRecord[]): Promise<RecordResult[]> {
    const results = this.write(...ratings.map((rating): StateOperation => ({ op: "rating.record", rating })));
    return Promise.resolve(results as RecordResult[]);
  }

  getTally(workshopId: string): Promise<RawWorkshopTally | null> {
    const record = this.state.workshops.get(workshopId);
    if (!record) return Promise.resolve(null);
    const points = record.setup.scalePoints;
    const statements: RawWorkshopTally["statements"] = {};
    for (const [code, cells] of record.counts) {
      statements[code] = { counts: cells.slice(0, points), dontKnow: cells[points] ?? 0 };
    }
    const carried = record.carried;
    return Promise.resolve({
      joined: record.tokens.size + (carried?.joined ?? 0),
      voted: record.voters.size + (carried?.voted ?? 0),
      statements,
    });
  }

  ratedCodes(workshopId: string, participantId: string): Promise<string[]> {
    const byStatement = this.state.workshops.get(workshopId)?.ratings.get(participantId);
    return Promise.resolve(byStatement ? [...byStatement.keys()] : []);
  }

  listRatings(workshopId: string): Promise<RatingRecord[]> {
    const record = this.state.workshops.get(workshopId);
    if (!record) return Promise.resolve([]);
    return Promise.resolve([...record.ratings.values()].flatMap((byStatement) => [...byStatement.values()]));
  }

  getShortlistCuration(missionId: string): Promise<ShortlistCuration | null> {
    return Promise.resolve(this.state.missions.get(missionId)?.shortlist ?? null);
  }

  saveShortlistCuration(missionId: string, curation: ShortlistCuration): Promise<void> {
    if (this.state.missions.has(missionId)) this.write({ op: "shortlist.save", missionId, curation });
    return Promise.resolve();
  }

  importWorkshop(
    workshop: Workshop,
    setup: WorkshopSetup,
    carried: RawWorkshopTally,
  ): Promise<"imported" | "exists" | "join_code_taken"> {
    if (this.state.workshops.has(workshop.id)) return Promise.resolve("exists");
    if (this.state.joinCodes.has(workshop.joinCode)) return Promise.resolve("join_code_taken");
    this.write({ op: "workshop.import", workshop, setup, carried });
    return Promise.resolve("imported");
  }

  getBreakout(workshopId: string): Promise<StoredBreakout | null> {
    return Promise.resolve(this.state.priorities.breakouts.get(workshopId) ?? null);
  }

  saveBreakout(workshopId: string, stored: StoredBreakout, expectedRevision: number): Promise<boolean> {
    const current = this.state.priorities.breakouts.get(workshopId)?.breakout.revision ?? 0;
    if (!this.state.workshops.has(workshopId) || current !== expectedRevision) return Promise.resolve(false);
    this.write({ op: "breakout.save", workshopId, stored });
    return Promise.resolve(true);
  }

  openVote(state: PriorityVoteState): Promise<"opened" | "exists" | "workshop_not_found"> {
    if (!this.state.workshops.has(state.workshopId)) return Promise.resolve("workshop_not_found");
    if (this.state.priorities.votes.has(state.workshopId)) return Promise.resolve("exists");
    this.write({ op: "vote.open", state });
    return Promise.resolve("opened");
  }

  getVote(workshopId: string): Promise<PriorityVoteState | null> {
    return Promise.resolve(this.state.priorities.votes.get(workshopId)?.state ?? null);
  }

  updateVote(workshopId: string, change: VoteChange): Promise<PriorityVoteState | null> {
    if (!this.state.priorities.votes.has(workshopId)) return Promise.resolve(null);
    this.write({ op: "vote.update", workshopId, change });
    return this.getVote(workshopId);
  }

  /** Checked first, so refusals and duplicates are answered without a journal line; a vote to record is journalled
   * before it is applied (and so before it is acknowledged). */
  recordVote(vote: VoteRecord): Promise<VoteRecordResult> {
    const verdict = this.state.priorities.checkVote(vote);
    if (!verdict.accepted || verdict.outcome === "duplicate") return Promise.resolve(verdict);
    return Promise.resolve(this.write({ op: "vote.record", vote })[0] as VoteRecordResult);
  }

  getVoteCounts(workshopId: string): Promise<RawVoteCounts | null> {
    const live = this.state.priorities.votes.get(workshopId);
    if (!live) return Promise.resolve(null);
    return Promise.resolve({
      voters: live.choices.size + live.carriedVoters,
      votes: Object.fromEntries(live.counts),
    });
  }

  listVoteChoices(workshopId: string): Promise<VoteRecord[]> {
    const live = this.state.priorities.votes.get(workshopId);
    return Promise.resolve(
      [...(live?.choices ?? [])].map(([participantId, { choices, voteId }]) => ({
        workshopId,
        participantId,
        choices,
        voteId,
      })),
    );
  }

  importVote(state: PriorityVoteState, counts: RawVoteCounts): Promise<void> {
    if (!this.state.priorities.votes.has(state.workshopId)) this.write({ op: "vote.import", state, counts });
    return Promise.resolve();
  }

  getActionPlan(missionId: string): Promise<ActionPlan | null> {
    return Promise.resolve(this.state.priorities.plans.get(missionId) ?? null);
  }

  saveActionPlan(missionId: string, plan: ActionPlan, expectedRevision: number): Promise<boolean> {
    const current = this.state.priorities.plans.get(missionId)?.revision ?? 0;
    if (!this.state.missions.has(missionId) || current !== expectedRevision) return Promise.resolve(false);
    this.write({ op: "plan.save", missionId, plan });
    return Promise.resolve(true);
  }

  async close(): Promise<void> {
    await this.compaction;
    this.journal.close();
    this.lock.release();
  }

  /** Journals operations in one write, then applies them in order; a rating's result says what it did. */
  private write(...operations: StateOperation[]): ReturnType<EmbeddedState["apply"]>[] {
    try {
      this.journal.append(...operations);
    } catch (error) {
      if (!this.failure) this.onWarning(`store degraded: ${journalFailure(error).detail}`);
      this.failure ??= journalFailure(error);
      throw error;
    }
    if (this.failure) this.onWarning("store ok again: the journal takes writes");
    this.failure = undefined;
    const results = operations.map((operation) => this.state.apply(operation));
    this.compactIfDue();
    return results;
  }

  private compactIfDue(): void {
    if (this.compaction || this.journal.length < this.nextCompactionAt) return;
    const operations = operationsFor(this.state);
    // The next compaction waits until the journal has doubled, so its cost stays proportional to the writes.
    this.nextCompactionAt = Math.max(this.compactAfter, operations.length * 2);
    this.compaction = this.journal
      .compact(operations)
      .catch((error: unknown) =>
        this.onWarning(`the journal could not be compacted (${String(error)}); it stays whole and grows`),
      )
      .finally(() => (this.compaction = undefined));
  }

  private compactNow(): void {
    const operations = operationsFor(this.state);
    this.journal.rewrite(operations);
    this.nextCompactionAt = Math.max(this.compactAfter, operations.length * 2);
  }
}
