// The one broadcaster: turns domain events into room emits, with tallies coalesced on one clock per process.
import type { Breakout, PriorityVoteState, PriorityVoteTally, WorkshopControlState } from "@peerpulse/shared";
import type { DomainEvents } from "../domain/domain-events.ts";
import type { TallyService } from "../domain/tally.service.ts";
import { participantsRoom, subscribersRoom } from "./rooms.ts";
import type { PeerpulseServer } from "./socket-types.ts";

/** Tally messages leave at most once per interval (about 10 a second), for every workshop at once. */
export const TALLY_INTERVAL_MS = 100;

/**
 * Tallies leave on one clock for the whole process, not a timer per workshop: every workshop whose counts
 * changed since the last tick is read and emitted in the same tick, so its reads share one Redis round trip
 * and the process wakes about ten times a second for tallies however many workshops are live. The first
 * change after a quiet spell (no tick in the last interval) goes out on the next turn of the event loop, so a
 * vote reaches the projector at once; changes during a burst wait for the next tick and leave as one message.
 *
 * With several server processes, a tally is read and emitted only by the processes that hold the workshop's
 * presenters: at each tick a process also tells the others which workshops changed here ("tallies:changed"
 * between servers), instead of each process reading every tally and relaying it through Redis.
 */
export class Broadcaster implements DomainEvents {
  private io: PeerpulseServer | undefined;
  private crossProcess = false;
  /** Workshops with presenters here whose tally changed since the last tick. */
  private readonly changed = new Set<string>();
  /** Workshops whose ratings changed here, to announce to the other processes at the next tick. */
  private readonly toAnnounce = new Set<string>();
  /** The same two for priority vote counts, which leave on the same clock. */
  private readonly votesChanged = new Set<string>();
  private readonly votesToAnnounce = new Set<string>();
  private tickTimer: NodeJS.Timeout | undefined;
  private ticking = false;
  private lastTickAt = -Infinity;
  private closed = false;

  constructor(
    private readonly tallies: () => TallyService,
    private readonly onError: (error: unknown, workshopId: string) => void,
    private readonly voteTally: (workshopId: string) => Promise<PriorityVoteTally | null> = () => Promise.resolve(null),
  ) {}

  /** Starts emitting on `io`; `crossProcess` when other server processes share workshops (Redis adapter). */
  attach(io: PeerpulseServer, crossProcess: boolean): void {
    this.io = io;
    this.crossProcess = crossProcess;
    if (crossProcess) {
      io.on("tallies:changed", (workshopIds: unknown) => {
        if (!Array.isArray(workshopIds)) return;
        for (const workshopId of workshopIds) if (typeof workshopId === "string") this.tallyChanged(workshopId);
        this.schedule();
      });
      io.on("vote-tallies:changed", (workshopIds: unknown) => {
        if (!Array.isArray(workshopIds)) return;
        for (const workshopId of workshopIds) if (typeof workshopId === "string") this.voteTallyChanged(workshopId);
        this.schedule();
      });
    }
  }

  ratingsChanged(workshopId: string): void {
    this.countsChanged(workshopId);
  }

  participantJoined(workshopId: string): void {
    this.countsChanged(workshopId);
  }

  workshopChanged(state: WorkshopControlState): void {
    this.io?.to([participantsRoom(state.id), subscribersRoom(state.id)]).emit("workshop:updated", state);
  }

  breakoutChanged(breakout: Breakout): void {
    this.io?.to(subscribersRoom(breakout.workshopId)).emit("breakout:updated", breakout);
  }

  voteChanged(state: PriorityVoteState): void {
    this.io?.to([participantsRoom(state.workshopId), subscribersRoom(state.workshopId)]).emit("vote:updated", state);
  }

  votesCounted(workshopId: string): void {
    if (this.closed) return;
    this.voteTallyChanged(workshopId);
    if (this.crossProcess) this.votesToAnnounce.add(workshopId);
    this.schedule();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.tickTimer);
    this.changed.clear();
    this.toAnnounce.clear();
    this.votesChanged.clear();
    this.votesToAnnounce.clear();
  }

  private countsChanged(workshopId: string): void {
    if (this.closed) return;
    this.tallyChanged(workshopId);
    if (this.crossProcess) this.toAnnounce.add(workshopId);
    this.schedule();
  }

  /** Whether this process holds sockets following the workshop (the adapter's rooms are this process's). */
  private hasLocalSubscribers(workshopId: string): boolean {
    return (this.io?.of("/").adapter.rooms.get(subscribersRoom(workshopId))?.size ?? 0) > 0;
  }

  private tallyChanged(workshopId: string): void {
    if (!this.closed && this.hasLocalSubscribers(workshopId)) this.changed.add(workshopId);
  }

  private voteTallyChanged(workshopId: string): void {
    if (!this.closed && this.hasLocalSubscribers(workshopId)) this.votesChanged.add(workshopId);
  }

  /** Sets the clock for the next tick, a full interval after the last one; a tick in progress re-schedules. */
  private schedule(): void {
    if (this.closed || this.tickTimer || this.ticking) return;
    const pending = this.changed.size + this.toAnnounce.size + this.votesChanged.size + this.votesToAnnounce.size;
    if (pending === 0) return;
    const wait = Math.max(0, this.lastTickAt + TALLY_INTERVAL_MS - Date.now());
    this.tickTimer = setTimeout(() => void this.tick(), wait);
  }

  private async tick(): Promise<void> {
    this.tickTimer = undefined;
    this.ticking = true;
    this.lastTickAt = Date.now();
    if (this.toAnnounce.size > 0) {
      this.io?.serverSideEmit("tallies:changed", [...this.toAnnounce]);
      this.toAnnounce.clear();
    }
    if (this.votesToAnnounce.size > 0) {
      this.io?.serverSideEmit("vote-tallies:changed", [...this.votesToAnnounce]);
      this.votesToAnnounce.clear();
    }
    const workshopIds = [...this.changed];
    const voteWorkshopIds = [...this.votesChanged];
    this.changed.clear();
    this.votesChanged.clear();
    // Every read starts in this turn of the event loop, so ioredis sends them in one write.
    await Promise.all([
      ...workshopIds.map((workshopId) => this.send(workshopId)),
      ...voteWorkshopIds.map((workshopId) => this.sendVoteTally(workshopId)),
    ]);
    this.ticking = false;
    this.schedule();
  }

  private async sendVoteTally(workshopId: string): Promise<void> {
    try {
      const tally = await this.voteTally(workshopId);
      if (tally && !this.closed) this.io?.local.to(subscribersRoom(workshopId)).emit("vote-tally:updated", tally);
    } catch (error) {
      this.onError(error, workshopId);
    }
  }

  private async send(workshopId: string): Promise<void> {
    try {
      const tally = await this.tallies().workshopTally(workshopId);
      if (!this.closed) this.io?.local.to(subscribersRoom(workshopId)).emit("tally:updated", tally);
    } catch (error) {
      this.onError(error, workshopId);
    }
  }
}
