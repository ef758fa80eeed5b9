// Notices acknowledged ratings that a restarted Redis no longer holds, so a loss is reported instead of hidden.
//
// Redis with `appendfsync everysec` may come back from a crash of its machine without the last second of writes,
// although it had already answered them. Every accepted rating takes the next number of its workshop's sequence
// (`record-ratings.lua`), and this process remembers the highest number it has seen per workshop. The sequence
// only grows, so Redis holding less than that number after a reconnect, or answering a later rating with a
// number not above it, means acknowledged ratings are gone: as many as the sequence went back.

/** A loss found: acknowledged ratings of one workshop that Redis no longer holds. */
export interface RatingLoss {
  workshopId: string;
  /** The highest sequence number this process had seen acknowledged. */
  acknowledged: number;
  /** Where Redis stands now. */
  held: number;
  lostRatings: number;
}

/** Remembers the highest sequence number seen per workshop and reports when Redis goes back below it. */
export class LossWatch {
  private readonly highest = new Map<string, number>();
  private total = 0;

  /** Called with the sequence number of every rating Redis accepted; returns a loss it reveals, if any. */
  observe(workshopId: string, sequence: number): RatingLoss | null {
    const loss = this.settle(workshopId, sequence - 1);
    this.highest.set(workshopId, sequence);
    return loss;
  }

  /** The highest sequence seen per workshop, taken just before asking Redis what it holds after a reconnect. */
  snapshot(): Map<string, number> {
    return new Map(this.highest);
  }

  /**
   * Called with what Redis held after a reconnect, and the highest sequence seen when that was asked; returns the
   * loss, if any. A rating answered since then has been checked by `observe` (Redis numbered it after answering
   * the question), and may even have been handled first: then this comparison would be stale, and is skipped.
   */
  compare(workshopId: string, held: number, asked: number): RatingLoss | null {
    if (this.highest.get(workshopId) !== asked) return null;
    return this.settle(workshopId, held);
  }

  private settle(workshopId: string, held: number): RatingLoss | null {
    const acknowledged = this.highest.get(workshopId);
    if (acknowledged === undefined || held >= acknowledged) return null;
    this.highest.set(workshopId, held);
    this.total += acknowledged - held;
    return { workshopId, acknowledged, held, lostRatings: acknowledged - held };
  }

  /** Acknowledged ratings found lost since this process started. */
  get lostRatings(): number {
    return this.total;
  }
}
