// Limits failed join attempts per device, per join code and, loosely, per address, so guessing codes is slow
// while a whole room of phones behind one venue Wi-Fi address still joins in the same minute.
import { isIPv6 } from "node:net";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "../domain/domain-error.ts";
import { joinFailuresKeyPrefix } from "../store/redis/redis-keys.ts";

/**
 * Failures allowed in each window; a success costs nothing. A six-digit code space is 10^6: at 60 failures per
 * 5 minutes and 500 a day, one address needs 2,000 days to try every code (docs/security.md has the figures).
 */
export const JOIN_FAILURE_LIMITS = {
  perDevice: { points: 10, duration: 300 },
  perCode: { points: 10, duration: 300 },
  perAddress: { points: 60, duration: 300 },
  perAddressDaily: { points: 500, duration: 86_400 },
} as const;

type LimitName = keyof typeof JOIN_FAILURE_LIMITS;

/** Who is trying to join, for counting failures. */
export interface JoinAttempt {
  device: string | undefined;
  code: string;
  address: string;
}

/** Runs a limiter's Redis commands under the store's deadline, so a hung Redis cannot hold a join for ever. */
export type WithinDeadline = <T>(work: () => Promise<T>) => Promise<T>;

export class JoinGuard {
  private readonly limiters: [LimitName, RateLimiterAbstract][];

  constructor(
    redis?: Redis,
    private readonly within: WithinDeadline = (work) => work(),
  ) {
    this.limiters = Object.entries(JOIN_FAILURE_LIMITS).map(([name, limits]) => {
      const options = { ...limits, keyPrefix: joinFailuresKeyPrefix(name) };
      // While Redis is away the limiter fails at once (store_unavailable) instead of queueing the request.
      const limiter = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true })
        : new RateLimiterMemory(options);
      return [name as LimitName, limiter];
    });
  }

  /** Refuses the attempt when any of its keys has used up its failures. */
  async check(attempt: JoinAttempt): Promise<void> {
    // All keys at once: one round trip to Redis, and one deadline, rather than four in a row.
    const counts = await Promise.all(
      this.limiters.map(([name, limiter]) => this.within(() => limiter.get(keyFor(name, attempt))).catch(unavailable)),
    );
    for (const used of counts) {
      if (used && used.remainingPoints <= 0) {
        const seconds = Math.ceil(used.msBeforeNext / 1000);
        throw new DomainError("rate_limited", `too many wrong join codes; try again in ${seconds} s`);
      }
    }
  }

  /** Counts one failed attempt against each of its keys. */
  async recordFailure(attempt: JoinAttempt): Promise<void> {
    await Promise.all(
      this.limiters.map(([name, limiter]) =>
        this.within(() => limiter.penalty(keyFor(name, attempt), 1)).catch(unavailable),
      ),
    );
  }
}

/** A limiter that cannot count (its Redis is away) refuses rather than lets guesses through uncounted. */
function unavailable(): never {
  throw new DomainError("store_unavailable", "joining is not possible just now; try again in a moment");
}

function keyFor(name: LimitName, attempt: JoinAttempt): string {
  switch (name) {
    case "perDevice":
      return attempt.device ?? `address:${addressKey(attempt.address)}`;
    case "perCode":
      return attempt.code;
    case "perAddress":
    case "perAddressDaily":
      return addressKey(attempt.address);
  }
}

/**
 * The address failures are counted against. An IPv6 host usually holds a whole /64 and can change address
 * within it at will, so the /64 is what counts; IPv4 (and IPv4-mapped IPv6) addresses count one by one.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, zero-filled, without a zone. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...new Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
}
