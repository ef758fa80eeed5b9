// The one broadcaster: turns domain events into room emits, with tallies coalesced per workshop.
import type { WorkshopControlState } from "@peerpulse/shared";
import type { DomainEvents } from "../domain/domain-events.ts";
import type { TallyService } from "../domain/tally.service.ts";
import { participantsRoom, subscribersRoom } from "./rooms.ts";
import type { PeerpulseServer } from "./socket-types.ts";

/** At most one tally message per workshop in this interval (about 10 a second). */
export const TALLY_INTERVAL_MS = 100;

interface Pending {
  /** While set, the workshop is inside its interval: changes wait for it. */
  timer: NodeJS.Timeout | undefined;
  lastSentAt: number;
  dirty: boolean;
  sending: boolean;
}

/**
 * Tallies: the first change after a quiet spell goes out on the next turn of the event loop (so a vote
 * reaches the projector at once); changes during a burst wait for the interval and leave as one message.
 *
 * With several server processes, a tally is read and emitted only by the processes that hold the
 * workshop's presenters: every process announces, coalesced, which workshops changed ("tallies:changed"
 * between servers), instead of each process reading every tally and relaying it through Redis.
 */
export class Broadcaster implements DomainEvents {
  private io: PeerpulseServer | undefined;
  private crossProcess = false;
  private readonly pending = new Map<string, Pending>();
  private readonly announced = new Set<string>();
  private announceTimer: NodeJS.Timeout | undefined;
  private lastAnnouncedAt = 0;
  private closed = false;

  constructor(
    private readonly tallies: () => TallyService,
    private readonly onError: (error: unknown, workshopId: string) => void,
  ) {}

  /** Starts emitting on `io`; `crossProcess` when other server processes share workshops (Redis adapter). */
  attach(io: PeerpulseServer, crossProcess: boolean): void {
    this.io = io;
    this.crossProcess = crossProcess;
    if (crossProcess) {
      io.on("tallies:changed", (workshopIds: unknown) => {
        if (!Array.isArray(workshopIds)) return;
        for (const workshopId of workshopIds) if (typeof workshopId === "string") this.markDirty(workshopId);
      });
    }
  }

  ratingsChanged(workshopId: string): void {
    this.markDirty(workshopId);
    this.announce(workshopId);
  }

  participantJoined(workshopId: string): void {
    this.markDirty(workshopId);
    this.announce(workshopId);
  }

  workshopChanged(state: WorkshopControlState): void {
    this.io?.to([participantsRoom(state.id), subscribersRoom(state.id)]).emit("workshop:updated", state);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.announceTimer);
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
  }

  /** Whether this process holds sockets following the workshop (the adapter's rooms are this process's). */
  private hasLocalSubscribers(workshopId: string): boolean {
    return (this.io?.of("/").adapter.rooms.get(subscribersRoom(workshopId))?.size ?? 0) > 0;
  }

  private markDirty(workshopId: string): void {
    if (this.closed || !this.hasLocalSubscribers(workshopId)) return;
    const entry = this.pending.get(workshopId);
    if (entry) {
      entry.dirty = true;
      return;
    }
    const fresh: Pending = { timer: undefined, lastSentAt: 0, dirty: true, sending: false };
    this.pending.set(workshopId, fresh);
    fresh.timer = setTimeout(() => void this.send(workshopId, fresh), 0);
  }

  private async send(workshopId: string, entry: Pending): Promise<void> {
    entry.timer = undefined;
    entry.dirty = false;
    entry.sending = true;
    entry.lastSentAt = Date.now();
    try {
      const tally = await this.tallies().workshopTally(workshopId);
      this.io?.local.to(subscribersRoom(workshopId)).emit("tally:updated", tally);
    } catch (error) {
      this.onError(error, workshopId);
    } finally {
      entry.sending = false;
      // Stay in the interval after every send; what changed meanwhile leaves when it ends, as one message.
      const wait = Math.max(0, entry.lastSentAt + TALLY_INTERVAL_MS - Date.now());
      if (!this.closed) entry.timer = setTimeout(() => this.intervalEnded(workshopId, entry), wait);
    }
  }

  private intervalEnded(workshopId: string, entry: Pending): void {
    entry.timer = undefined;
    if (entry.dirty) void this.send(workshopId, entry);
    else this.pending.delete(workshopId);
  }

  /** Tells the other processes, at most once per interval, which workshops changed. */
  private announce(workshopId: string): void {
    if (!this.crossProcess || this.closed) return;
    this.announced.add(workshopId);
    if (this.announceTimer) return;
    const wait = Math.max(0, this.lastAnnouncedAt + TALLY_INTERVAL_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.lastAnnouncedAt = Date.now();
      const workshopIds = [...this.announced];
      this.announced.clear();
      this.io?.serverSideEmit("tallies:changed", workshopIds);
    }, wait);
  }
}
