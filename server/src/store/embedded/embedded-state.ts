// The embedded store's in-memory state and the pure operations that change it; the journal replays these.
import { DONT_KNOW, type Mission, type ShortlistCuration, type Workshop } from "@peerpulse/shared";
import type {
  RatingRecord,
  RawWorkshopTally,
  RecordResult,
  WorkshopChange,
  WorkshopSetup,
} from "../../domain/store.ts";
import type { VoteRecordResult } from "../../domain/priorities-store.ts";
import { PrioritiesState, type PrioritiesOperation } from "./embedded-priorities.ts";

/** Everything the embedded store knows about one workshop. */
export interface WorkshopRecord {
  workshop: Workshop;
  setup: WorkshopSetup;
  statementIndex: Map<string, number>;
  tokens: Map<string, string>;
  voters: Set<string>;
  /** participantId → statement code → rating */
  ratings: Map<string, Map<string, RatingRecord>>;
  voteIds: Set<string>;
  /** statement code → counts per scale point, then "don't know" as the last cell */
  counts: Map<string, number[]>;
  /** Final counts carried over from another deployment (imported workshops), included in `counts`. */
  carried: RawWorkshopTally | null;
}

/** A journalled change: replaying every operation in order rebuilds the state. */
export type StateOperation =
  | { op: "mission.create"; mission: Mission; keyHash: string }
  | { op: "workshop.create"; workshop: Workshop; setup: WorkshopSetup }
  | { op: "workshop.update"; workshopId: string; change: WorkshopChange }
  | { op: "participant.add"; workshopId: string; participantId: string; tokenHash: string }
  | { op: "rating.record"; rating: RatingRecord }
  | { op: "votes.seen"; workshopId: string; voteIds: string[] }
  | { op: "workshop.restore"; workshopId: string; workshop: Workshop }
  | { op: "workshop.import"; workshop: Workshop; setup: WorkshopSetup; carried: RawWorkshopTally }
  | { op: "shortlist.save"; missionId: string; curation: ShortlistCuration }
  | PrioritiesOperation;

/** The whole state of the embedded store. */
export class EmbeddedState {
  readonly missions = new Map<
    string,
    { mission: Mission; keyHash: string; workshopIds: string[]; shortlist: ShortlistCuration | null }
  >();
  readonly workshops = new Map<string, WorkshopRecord>();
  readonly joinCodes = new Map<string, string>();
  /** Break-outs, priority votes and action plans. */
  readonly priorities = new PrioritiesState();

  /** Applies one operation; only `rating.record` and `vote.record` can be refused, and a refusal changes nothing. */
  apply(operation: StateOperation): RecordResult | VoteRecordResult | undefined {
    switch (operation.op) {
      case "mission.create":
        this.missions.set(operation.mission.id, {
          mission: operation.mission,
          keyHash: operation.keyHash,
          workshopIds: this.orphanWorkshops(operation.mission.id),
          shortlist: null,
        });
        return undefined;
      case "workshop.create":
        this.createWorkshop(operation.workshop, operation.setup);
        return undefined;
      case "workshop.update":
        this.updateWorkshop(operation.workshopId, operation.change);
        return undefined;
      case "participant.add":
        this.workshops.get(operation.workshopId)?.tokens.set(operation.tokenHash, operation.participantId);
        return undefined;
      case "rating.record":
        return this.recordRating(operation.rating);
      case "votes.seen":
        for (const voteId of operation.voteIds) this.workshops.get(operation.workshopId)?.voteIds.add(voteId);
        return undefined;
      case "workshop.import":
        this.createWorkshop(operation.workshop, operation.setup, operation.carried);
        return undefined;
      case "shortlist.save": {
        const entry = this.missions.get(operation.missionId);
        if (entry) entry.shortlist = operation.curation;
        return undefined;
      }
      case "workshop.restore": {
        const record = this.workshops.get(operation.workshopId);
        if (record) record.workshop = withRound(operation.workshop);
        return undefined;
      }
      case "breakout.save":
      case "plan.save":
      case "vote.open":
      case "vote.update":
      case "vote.record":
      case "vote.import":
      case "vote.restore":
        return this.priorities.apply(operation);
    }
  }

  /** Decides what a rating would do without changing anything (so refusals and duplicates are not journalled). */
  checkRating(rating: RatingRecord): RecordResult {
    const record = this.workshops.get(rating.workshopId);
    if (!record) return { accepted: false, refusal: "workshop_not_found" };
    if (record.voteIds.has(rating.voteId)) return { accepted: true, outcome: "duplicate" };
    const { status, pacing, currentIndex, locked } = record.workshop;
    if (status === "closed") return { accepted: false, refusal: "workshop_closed" };
    if (status !== "open") return { accepted: false, refusal: "workshop_not_open" };
    const index = record.statementIndex.get(rating.statementCode);
    if (index === undefined) return { accepted: false, refusal: "statement_unknown" };
    if (locked.includes(rating.statementCode)) return { accepted: false, refusal: "statement_locked" };
    if (pacing === "presenter-led" && index > currentIndex) return { accepted: false, refusal: "statement_not_open" };
    const previous = record.ratings.get(rating.participantId)?.get(rating.statementCode);
    if (!previous) return { accepted: true, outcome: "recorded" };
    return { accepted: true, outcome: previous.value === rating.value ? "unchanged" : "changed" };
  }

  private recordRating(rating: RatingRecord): RecordResult {
    const result = this.checkRating(rating);
    const record = this.workshops.get(rating.workshopId);
    if (!record || !result.accepted || result.outcome === "duplicate") return result;
    record.voteIds.add(rating.voteId);
    let byStatement = record.ratings.get(rating.participantId);
    if (!byStatement) record.ratings.set(rating.participantId, (byStatement = new Map<string, RatingRecord>()));
    const previous = byStatement.get(rating.statementCode);
    byStatement.set(rating.statementCode, rating);
    if (result.outcome === "unchanged") return result;
    const counts = record.counts.get(rating.statementCode)!;
    if (previous) counts[cell(previous, record.setup.scalePoints)]! -= 1;
    counts[cell(rating, record.setup.scalePoints)]! += 1;
    record.voters.add(rating.participantId);
    return result;
  }

  /** Workshops imported before their mission (an import is finished by creating the mission last). */
  private orphanWorkshops(missionId: string): string[] {
    return [...this.workshops.values()]
      .filter((record) => record.workshop.missionId === missionId)
      .map((record) => record.workshop.id);
  }

  private createWorkshop(workshop: Workshop, setup: WorkshopSetup, carried: RawWorkshopTally | null = null): void {
    const counts = new Map(
      setup.statementCodes.map((code) => {
        const given = carried?.statements[code];
        return [code, given ? [...given.counts, given.dontKnow] : new Array<number>(setup.scalePoints + 1).fill(0)];
      }),
    );
    // Workshops journalled before entry control existed lack its fields: they get their defaults.
    const journalled: Partial<Pick<Workshop, "entryClosed" | "expectedSize">> = workshop;
    this.workshops.set(workshop.id, {
      workshop: {
        ...withRound(workshop),
        entryClosed: journalled.entryClosed ?? false,
        expectedSize: journalled.expectedSize ?? null,
      },
      setup,
      statementIndex: new Map(setup.statementCodes.map((code, index) => [code, index])),
      tokens: new Map(),
      voters: new Set(),
      ratings: new Map(),
      voteIds: new Set(),
      counts,
      carried,
    });
    this.joinCodes.set(workshop.joinCode, workshop.id);
    this.missions.get(workshop.missionId)?.workshopIds.push(workshop.id);
  }

  /** The workshop as a change would leave it, without changing anything. */
  preview(workshopId: string, change: WorkshopChange): Workshop {
    return changedWorkshop(this.workshops.get(workshopId)!, change);
  }

  private updateWorkshop(workshopId: string, change: WorkshopChange): void {
    const record = this.workshops.get(workshopId);
    if (record) record.workshop = changedWorkshop(record, change);
  }
}

function changedWorkshop(record: WorkshopRecord, change: WorkshopChange): Workshop {
  const workshop = { ...record.workshop };
  if (change.open && workshop.status === "draft") workshop.status = "open";
  if (change.status !== undefined) workshop.status = change.status;
  const last = record.setup.statementCodes.length - 1;
  const index =
    change.step === undefined ? change.currentIndex : Math.max(0, Math.min(last, workshop.currentIndex + change.step));
  // P1: moving to another statement hides results in the same step, so a reveal never carries over.
  if (index !== undefined && index !== workshop.currentIndex) {
    workshop.currentIndex = index;
    workshop.revealed = false;
  }
  if (change.revealed !== undefined) workshop.revealed = change.revealed;
  if (change.lock !== undefined && !workshop.locked.includes(change.lock))
    workshop.locked = [...workshop.locked, change.lock].sort();
  if (change.unlock !== undefined) workshop.locked = workshop.locked.filter((code) => code !== change.unlock);
  if (change.entryClosed !== undefined) workshop.entryClosed = change.entryClosed;
  if (change.expectedSize !== undefined) workshop.expectedSize = change.expectedSize;
  return workshop;
}

/** A workshop journalled before rounds existed has no round: it reads as round 1 (the baseline). */
function withRound(workshop: Workshop): Workshop {
  const journalled: Partial<Pick<Workshop, "round">> = workshop;
  return { ...workshop, round: journalled.round ?? 1 };
}

/** The cell of the counts array a rating falls in: its scale point, or the last cell for "don't know". */
function cell(rating: RatingRecord, scalePoints: number): number {
  return rating.value === DONT_KNOW ? scalePoints : rating.value - 1;
}
