// The one broadcaster: turns domain events into room emits, with tallies coalesced per workshop.
import type { WorkshopControlState } from "@peerpulse/shared";
import type { DomainEvents } from "../domain/domain-events.ts";
import type { TallyService } from "../domain/tally.service.ts";
import { participantsRoom, subscribersRoom } from "./rooms.ts";
import type { PeerpulseServer } from "./socket-types.ts";

/** At most one tally message per workshop in this interval (about 10 a second). */
export const TALLY_INTERVAL_MS = 100;

interface Pending {
  timer: NodeJS.Timeout | undefined;
  lastSentAt: number;
  dirty: boolean;
  sending: boolean;
}

/**
 * The first change after a quiet spell goes out on the next turn of the event loop (so a vote reaches the
 * projector at once); changes during a burst wait for the interval and leave as one message.
 */
export class Broadcaster implements DomainEvents {
  private io: PeerpulseServer | undefined;
  private readonly pending = new Map<string, Pending>();
  private closed = false;

  constructor(
    private readonly tallies: () => TallyService,
    private readonly onError: (error: unknown, workshopId: string) => void,
  ) {}

  attach(io: PeerpulseServer): void {
    this.io = io;
  }

  ratingsChanged(workshopId: string): void {
    this.markDirty(workshopId);
  }

  participantJoined(workshopId: string): void {
    this.markDirty(workshopId);
  }

  workshopChanged(state: WorkshopControlState): void {
    this.io?.to([participantsRoom(state.id), subscribersRoom(state.id)]).emit("workshop:updated", state);
    this.markDirty(state.id);
  }

  close(): void {
    this.closed = true;
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
  }

  private markDirty(workshopId: string): void {
    if (this.closed) return;
    let entry = this.pending.get(workshopId);
    if (!entry)
      this.pending.set(workshopId, (entry = { timer: undefined, lastSentAt: 0, dirty: false, sending: false }));
    entry.dirty = true;
    this.schedule(workshopId, entry);
  }

  private schedule(workshopId: string, entry: Pending): void {
    if (entry.timer || entry.sending || this.closed) return;
    const wait = Math.max(0, entry.lastSentAt + TALLY_INTERVAL_MS - Date.now());
    entry.timer = setTimeout(() => void this.send(workshopId, entry), wait);
  }

  private async send(workshopId: string, entry: Pending): Promise<void> {
    entry.timer = undefined;
    entry.dirty = false;
    entry.sending = true;
    entry.lastSentAt = Date.now();
    try {
      const tally = await this.tallies().workshopTally(workshopId);
      this.io?.to(subscribersRoom(workshopId)).emit("tally:updated", tally);
    } catch (error) {
      this.onError(error, workshopId);
    } finally {
      entry.sending = false;
      // markDirty may have run during the await above.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (entry.dirty) this.schedule(workshopId, entry);
      else this.pending.delete(workshopId);
    }
  }
}
