// Limits failed join attempts per device, per join code and, loosely, per address, so guessing codes is slow
// while a whole room of phones behind one venue Wi-Fi address still joins in the same minute.
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "../domain/domain-error.ts";

/** Failures allowed in each window; a success costs nothing. */
export const JOIN_FAILURE_LIMITS = {
  perDevice: { points: 10, duration: 300 },
  perCode: { points: 10, duration: 300 },
  perAddress: { points: 60, duration: 300 },
} as const;

/** Who is trying to join, for counting failures. */
export interface JoinAttempt {
  device: string | undefined;
  code: string;
  address: string;
}

export class JoinGuard {
  private readonly limiters: [keyof typeof JOIN_FAILURE_LIMITS, RateLimiterAbstract][];

  constructor(redis?: Redis) {
    this.limiters = Object.entries(JOIN_FAILURE_LIMITS).map(([name, limits]) => {
      const options = { ...limits, keyPrefix: `pp:join-failures:${name}` };
      const limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
      return [name as keyof typeof JOIN_FAILURE_LIMITS, limiter];
    });
  }

  /** Refuses the attempt when any of its keys has used up its failures. */
  async check(attempt: JoinAttempt): Promise<void> {
    for (const [name, limiter] of this.limiters) {
      const used = await limiter.get(keyFor(name, attempt));
      if (used && used.remainingPoints <= 0) {
        const seconds = Math.ceil(used.msBeforeNext / 1000);
        throw new DomainError("rate_limited", `too many wrong join codes; try again in ${seconds} s`);
      }
    }
  }

  /** Counts one failed attempt against each of its keys. */
  async recordFailure(attempt: JoinAttempt): Promise<void> {
    await Promise.all(this.limiters.map(([name, limiter]) => limiter.penalty(keyFor(name, attempt), 1)));
  }
}

function keyFor(name: keyof typeof JOIN_FAILURE_LIMITS, attempt: JoinAttempt): string {
  switch (name) {
    case "perDevice":
      return attempt.device ?? `address:${attempt.address}`;
    case "perCode":
      return attempt.code;
    case "perAddress":
      return attempt.address;
  }
}
