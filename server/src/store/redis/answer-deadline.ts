// Refuses store calls that Redis has not answered in time, with one clock for all of them.

interface Waiting {
  dueAt: number;
  refuse: () => void;
}

/**
 * Settles each watched call as its work settles, or refuses it once `limitMs` have passed without an answer:
 * between `limitMs` and `limitMs * 1.2` after it started. One clock checks every waiting call, instead of a timer
 * per call: a rating is one store call, and at thousands of ratings a second a timer (and a promise raced
 * against it) for each was a measurable share of the server's work and of its garbage.
 */
export class AnswerDeadline {
  /** In the order the calls started, which with one limit for all is the order they fall due. */
  private readonly waiting = new Set<Waiting>();
  private clock: NodeJS.Timeout | undefined;

  constructor(
    private readonly limitMs: number,
    /** The error a call too late is refused with. */
    private readonly tooLate: () => Error,
  ) {}

  /** The outcome of `work`, or `tooLate()` if it is not there in time; `failed` maps the work's own errors. */
  watch<T>(work: Promise<T>, failed: (error: unknown) => Error = asError): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = { dueAt: performance.now() + this.limitMs, refuse: () => reject(this.tooLate()) };
      this.waiting.add(entry);
      this.clock ??= setInterval(() => this.refuseOverdue(), this.limitMs / 5).unref();
      work.then(
        (value) => {
          this.waiting.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          this.waiting.delete(entry);
          reject(failed(error));
        },
      );
    });
  }

  /** Calls still waiting for their answer. */
  get pending(): number {
    return this.waiting.size;
  }

  private refuseOverdue(): void {
    const now = performance.now();
    for (const entry of this.waiting) {
      if (entry.dueAt > now) break;
      this.waiting.delete(entry);
      entry.refuse();
    }
    if (this.waiting.size === 0) {
      clearInterval(this.clock);
      this.clock = undefined;
    }
  }
}

/** A thrown value as an Error (anything else thrown is wrapped). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
