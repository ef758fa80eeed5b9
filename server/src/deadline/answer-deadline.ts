// Refuses what is not answered in time, with one timer for all that wait: store calls, socket events.

interface Waiting {
  dueAt: number;
  refuse: (error: Error) => void;
}

/**
 * Settles each watched piece of work as it settles, or refuses it `limitMs` after it was handed over: a deadline,
 * not a hint. A refusal goes out when the time is up (one timer, set for the oldest waiting piece), and an answer
 * that arrives after its time — because the timer could not run yet on a busy event loop — is refused too, so no
 * answer is ever passed on late. One timer for all rather than one per piece: a rating is watched once per event
 * and once per store call, and at thousands of ratings a second a timer each was a measurable share of the work.
 */
export class AnswerDeadline {
  /** In the order the pieces were handed over, which with one limit for all is the order they fall due. */
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly limitMs: number,
    /** The error a piece too late is refused with. */
    private readonly tooLate: () => Error,
  ) {}

  /** The outcome of `work`, or `tooLate()` if it is not there in time; `failed` maps the work's own errors. */
  watch<T>(work: Promise<T>, failed: (error: unknown) => Error = asError): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { dueAt: performance.now() + this.limitMs, refuse: reject };
      this.waiting.add(entry);
      if (this.timer === undefined) this.wakeAt(entry.dueAt);
      work.then(
        (value) => {
          if (this.settle(entry)) resolve(value);
        },
        (error: unknown) => {
          if (this.settle(entry)) reject(failed(error));
        },
      );
    });
  }

  /** Refuses every piece still waiting with `error` at once (the connection they wait on is gone). */
  refuseAll(error: Error): void {
    const all = [...this.waiting];
    this.waiting.clear();
    for (const entry of all) entry.refuse(error);
  }

  /** Pieces still waiting for their answer. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Takes a piece off the waiting list as its answer comes; false when it was refused already or is overdue. */
  private settle(entry: Waiting): boolean {
    if (!this.waiting.delete(entry)) return false;
    if (performance.now() <= entry.dueAt) return true;
    entry.refuse(this.tooLate());
    return false;
  }

  private wakeAt(dueAt: number): void {
    this.timer = setTimeout(() => this.refuseOverdue(), Math.max(0, dueAt - performance.now()));
    this.timer.unref();
  }

  private refuseOverdue(): void {
    this.timer = undefined;
    const now = performance.now();
    for (const entry of this.waiting) {
      if (entry.dueAt > now) {
        this.wakeAt(entry.dueAt);
        return;
      }
      this.waiting.delete(entry);
      entry.refuse(this.tooLate());
    }
  }
}

/** A thrown value as an Error (anything else thrown is wrapped). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
